"""OrderKeyTrack: A key event in an order's track.

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
        "id",
        "type_id",
        "created_at",
        "title",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderKeyTrack(KworkModel):
    """A key event in an order's track.

    Attributes:
        id: Track entry id.
        type_id: Kind of track entry (numeric code).
        created_at: When it happened (Unix time).
        title: Event title.
    """

    id: int
    type_id: int | None = None
    created_at: int | None = None
    title: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("type_id", "type_id", "int | None"),
        ("created_at", "created_at", "int | None"),
        ("title", "title", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderKeyTrack]]


def _from_wire(
    d: Any,
    where: str = "OrderKeyTrack",
    _new: Callable[[type[OrderKeyTrack]], OrderKeyTrack] = object.__new__,
    _s_id: Callable[[OrderKeyTrack, Any], None] = OrderKeyTrack.__dict__["id"].__set__,
    _s_type_id: Callable[[OrderKeyTrack, Any], None] = OrderKeyTrack.__dict__["type_id"].__set__,
    _s_created_at: Callable[[OrderKeyTrack, Any], None] = OrderKeyTrack.__dict__["created_at"].__set__,
    _s_title: Callable[[OrderKeyTrack, Any], None] = OrderKeyTrack.__dict__["title"].__set__,
    _s_additional_properties: Callable[[OrderKeyTrack, Any], None] = OrderKeyTrack.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderKeyTrack:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderKeyTrack.id")
        if f_id is None:
            raise _c.missing("OrderKeyTrack.id")
    f_type_id = g("type_id")
    if f_type_id is not None and f_type_id.__class__ is not int:
        f_type_id = _c.to_int(f_type_id, "OrderKeyTrack.type_id")
    f_created_at = g("created_at")
    if f_created_at is not None and f_created_at.__class__ is not int:
        f_created_at = _c.to_int(f_created_at, "OrderKeyTrack.created_at")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "OrderKeyTrack.title")
    o = _new(OrderKeyTrack)
    _s_id(o, f_id)
    _s_type_id(o, f_type_id)
    _s_created_at(o, f_created_at)
    _s_title(o, f_title)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderKeyTrack._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
