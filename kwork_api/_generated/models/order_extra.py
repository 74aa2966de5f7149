"""OrderExtra: An extra already added to an order.

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
        "extra_id",
        "name",
        "count",
        "duration",
        "price",
        "is_deleting_requested",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderExtra(KworkModel):
    """An extra already added to an order.

    Attributes:
        id: Id of this ordered extra; pass it as `extra_id` to remove it.
        extra_id: Id of the kwork extra it was bought from.
        name: Extra title.
        count: How many were ordered.
        duration: Time the extra adds to the order.
        price: Price paid for the extra.
        is_deleting_requested: True while a request to remove the extra awaits an answer.
    """

    id: int
    extra_id: int | None = None
    name: str | None = None
    count: int | None = None
    duration: int | None = None
    price: float | None = None
    is_deleting_requested: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("extra_id", "extra_id", "int | None"),
        ("name", "name", "str | None"),
        ("count", "count", "int | None"),
        ("duration", "duration", "int | None"),
        ("price", "price", "float | None"),
        ("is_deleting_requested", "is_deleting_requested", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderExtra]]


def _from_wire(
    d: Any,
    where: str = "OrderExtra",
    _new: Callable[[type[OrderExtra]], OrderExtra] = object.__new__,
    _s_id: Callable[[OrderExtra, Any], None] = OrderExtra.__dict__["id"].__set__,
    _s_extra_id: Callable[[OrderExtra, Any], None] = OrderExtra.__dict__["extra_id"].__set__,
    _s_name: Callable[[OrderExtra, Any], None] = OrderExtra.__dict__["name"].__set__,
    _s_count: Callable[[OrderExtra, Any], None] = OrderExtra.__dict__["count"].__set__,
    _s_duration: Callable[[OrderExtra, Any], None] = OrderExtra.__dict__["duration"].__set__,
    _s_price: Callable[[OrderExtra, Any], None] = OrderExtra.__dict__["price"].__set__,
    _s_is_deleting_requested: Callable[[OrderExtra, Any], None] = OrderExtra.__dict__[
        "is_deleting_requested"
    ].__set__,
    _s_additional_properties: Callable[[OrderExtra, Any], None] = OrderExtra.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderExtra:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderExtra.id")
        if f_id is None:
            raise _c.missing("OrderExtra.id")
    f_extra_id = g("extra_id")
    if f_extra_id is not None and f_extra_id.__class__ is not int:
        f_extra_id = _c.to_int(f_extra_id, "OrderExtra.extra_id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "OrderExtra.name")
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not int:
        f_count = _c.to_int(f_count, "OrderExtra.count")
    f_duration = g("duration")
    if f_duration is not None and f_duration.__class__ is not int:
        f_duration = _c.to_int(f_duration, "OrderExtra.duration")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "OrderExtra.price")
    f_is_deleting_requested = g("is_deleting_requested")
    if f_is_deleting_requested is not None and f_is_deleting_requested.__class__ is not bool:
        f_is_deleting_requested = _c.to_bool(f_is_deleting_requested, "OrderExtra.is_deleting_requested")
    o = _new(OrderExtra)
    _s_id(o, f_id)
    _s_extra_id(o, f_extra_id)
    _s_name(o, f_name)
    _s_count(o, f_count)
    _s_duration(o, f_duration)
    _s_price(o, f_price)
    _s_is_deleting_requested(o, f_is_deleting_requested)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderExtra._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
