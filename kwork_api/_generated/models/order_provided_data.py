"""OrderProvidedData: Data the buyer provided for an order: a message and files.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import provided_file as _m_provided_file

if TYPE_CHECKING:
    from .provided_file import ProvidedFile

_KNOWN = frozenset(
    {
        "message",
        "files",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderProvidedData(KworkModel):
    """Data the buyer provided for an order: a message and files.

    Attributes:
        message: The buyer's message.
        files: Files the buyer attached.
    """

    message: str | None = None
    files: list[ProvidedFile] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("message", "message", "str | None"),
        ("files", "files", "list[ProvidedFile] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderProvidedData]]


def _from_wire(
    d: Any,
    where: str = "OrderProvidedData",
    _new: Callable[[type[OrderProvidedData]], OrderProvidedData] = object.__new__,
    _s_message: Callable[[OrderProvidedData, Any], None] = OrderProvidedData.__dict__["message"].__set__,
    _s_files: Callable[[OrderProvidedData, Any], None] = OrderProvidedData.__dict__["files"].__set__,
    _s_additional_properties: Callable[[OrderProvidedData, Any], None] = OrderProvidedData.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderProvidedData:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_message = g("message")
    if f_message is not None and f_message.__class__ is not str:
        f_message = _c.to_str(f_message, "OrderProvidedData.message")
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_provided_file.ProvidedFile._from_wire, f_files))
        else:
            f_files = _c.to_list(f_files, _m_provided_file.ProvidedFile._from_wire, "OrderProvidedData.files")
    o = _new(OrderProvidedData)
    _s_message(o, f_message)
    _s_files(o, f_files)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderProvidedData._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
