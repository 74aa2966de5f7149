"""ForwardedFile: A file copied with a forwarded message.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "old_file_id",
        "new_file_id",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ForwardedFile(KworkModel):
    """A file copied with a forwarded message.

    Attributes:
        old_file_id: Id of the original file.
        new_file_id: Id of the copy.
    """

    old_file_id: int | None = None
    new_file_id: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("old_file_id", "old_file_id", "int | None"),
        ("new_file_id", "new_file_id", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ForwardedFile]]


def _from_wire(
    d: Any,
    where: str = "ForwardedFile",
    _new: Callable[[type[ForwardedFile]], ForwardedFile] = object.__new__,
    _s_old_file_id: Callable[[ForwardedFile, Any], None] = ForwardedFile.__dict__["old_file_id"].__set__,
    _s_new_file_id: Callable[[ForwardedFile, Any], None] = ForwardedFile.__dict__["new_file_id"].__set__,
    _s_additional_properties: Callable[[ForwardedFile, Any], None] = ForwardedFile.__dict__[
        "additional_properties"
    ].__set__,
) -> ForwardedFile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_old_file_id = g("old_file_id")
    if f_old_file_id is not None and f_old_file_id.__class__ is not int:
        f_old_file_id = _c.to_int(f_old_file_id, "ForwardedFile.old_file_id")
    f_new_file_id = g("new_file_id")
    if f_new_file_id is not None and f_new_file_id.__class__ is not int:
        f_new_file_id = _c.to_int(f_new_file_id, "ForwardedFile.new_file_id")
    o = _new(ForwardedFile)
    _s_old_file_id(o, f_old_file_id)
    _s_new_file_id(o, f_new_file_id)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ForwardedFile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
