"""KworkAttachment: A file attached to a kwork.

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
        "entity_type",
        "fname",
        "url",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkAttachment(KworkModel):
    """A file attached to a kwork.

    Attributes:
        entity_type: Kind of file.
        fname: File name.
        url: Download URL.
    """

    entity_type: str | None = None
    fname: str | None = None
    url: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("entity_type", "entity_type", "str | None"),
        ("fname", "fname", "str | None"),
        ("url", "url", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkAttachment]]


def _from_wire(
    d: Any,
    where: str = "KworkAttachment",
    _new: Callable[[type[KworkAttachment]], KworkAttachment] = object.__new__,
    _s_entity_type: Callable[[KworkAttachment, Any], None] = KworkAttachment.__dict__["entity_type"].__set__,
    _s_fname: Callable[[KworkAttachment, Any], None] = KworkAttachment.__dict__["fname"].__set__,
    _s_url: Callable[[KworkAttachment, Any], None] = KworkAttachment.__dict__["url"].__set__,
    _s_additional_properties: Callable[[KworkAttachment, Any], None] = KworkAttachment.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkAttachment:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_entity_type = g("entity_type")
    if f_entity_type is not None and f_entity_type.__class__ is not str:
        f_entity_type = _c.to_str(f_entity_type, "KworkAttachment.entity_type")
    f_fname = g("fname")
    if f_fname is not None and f_fname.__class__ is not str:
        f_fname = _c.to_str(f_fname, "KworkAttachment.fname")
    f_url = g("url")
    if f_url is not None and f_url.__class__ is not str:
        f_url = _c.to_str(f_url, "KworkAttachment.url")
    o = _new(KworkAttachment)
    _s_entity_type(o, f_entity_type)
    _s_fname(o, f_fname)
    _s_url(o, f_url)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkAttachment._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
