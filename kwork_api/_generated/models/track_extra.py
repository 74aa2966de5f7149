"""TrackExtra: An extra (paid add-on) in a track entry.

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
        "name",
        "count",
        "duration",
        "price",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackExtra(KworkModel):
    """An extra (paid add-on) in a track entry.

    Attributes:
        name: Name of the extra.
        count: How many of the extra.
        duration: Time the extra adds, in days.
        price: Price, in the order's currency.
    """

    name: str | None = None
    count: float | None = None
    duration: float | None = None
    price: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("count", "count", "float | None"),
        ("duration", "duration", "float | None"),
        ("price", "price", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackExtra]]


def _from_wire(
    d: Any,
    where: str = "TrackExtra",
    _new: Callable[[type[TrackExtra]], TrackExtra] = object.__new__,
    _s_name: Callable[[TrackExtra, Any], None] = TrackExtra.__dict__["name"].__set__,
    _s_count: Callable[[TrackExtra, Any], None] = TrackExtra.__dict__["count"].__set__,
    _s_duration: Callable[[TrackExtra, Any], None] = TrackExtra.__dict__["duration"].__set__,
    _s_price: Callable[[TrackExtra, Any], None] = TrackExtra.__dict__["price"].__set__,
    _s_additional_properties: Callable[[TrackExtra, Any], None] = TrackExtra.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackExtra:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "TrackExtra.name")
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not float and f_count.__class__ is not int:
        f_count = _c.to_float(f_count, "TrackExtra.count")
    f_duration = g("duration")
    if f_duration is not None and f_duration.__class__ is not float and f_duration.__class__ is not int:
        f_duration = _c.to_float(f_duration, "TrackExtra.duration")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "TrackExtra.price")
    o = _new(TrackExtra)
    _s_name(o, f_name)
    _s_count(o, f_count)
    _s_duration(o, f_duration)
    _s_price(o, f_price)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackExtra._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
