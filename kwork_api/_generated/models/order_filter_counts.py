"""OrderFilterCounts: How many orders each order-list filter holds.

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
        "active",
        "cancelled",
        "delivered",
        "completed",
        "awaiting_receipt",
        "all",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderFilterCounts(KworkModel):
    """How many orders each order-list filter holds.

    Attributes:
        active: Orders in progress.
        cancelled: Cancelled orders.
        delivered: Orders delivered and awaiting the buyer's review.
        completed: Completed orders.
        awaiting_receipt: Orders waiting for the freelancer's tax receipt (freelancer lists
            only).
        all: All orders.
    """

    active: int | None = None
    cancelled: int | None = None
    delivered: int | None = None
    completed: int | None = None
    awaiting_receipt: int | None = None
    all: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("active", "active", "int | None"),
        ("cancelled", "cancelled", "int | None"),
        ("delivered", "delivered", "int | None"),
        ("completed", "completed", "int | None"),
        ("awaiting_receipt", "awaiting_receipt", "int | None"),
        ("all", "all", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderFilterCounts]]


def _from_wire(
    d: Any,
    where: str = "OrderFilterCounts",
    _new: Callable[[type[OrderFilterCounts]], OrderFilterCounts] = object.__new__,
    _s_active: Callable[[OrderFilterCounts, Any], None] = OrderFilterCounts.__dict__["active"].__set__,
    _s_cancelled: Callable[[OrderFilterCounts, Any], None] = OrderFilterCounts.__dict__["cancelled"].__set__,
    _s_delivered: Callable[[OrderFilterCounts, Any], None] = OrderFilterCounts.__dict__["delivered"].__set__,
    _s_completed: Callable[[OrderFilterCounts, Any], None] = OrderFilterCounts.__dict__["completed"].__set__,
    _s_awaiting_receipt: Callable[[OrderFilterCounts, Any], None] = OrderFilterCounts.__dict__[
        "awaiting_receipt"
    ].__set__,
    _s_all: Callable[[OrderFilterCounts, Any], None] = OrderFilterCounts.__dict__["all"].__set__,
    _s_additional_properties: Callable[[OrderFilterCounts, Any], None] = OrderFilterCounts.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderFilterCounts:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_active = g("active")
    if f_active is not None and f_active.__class__ is not int:
        f_active = _c.to_int(f_active, "OrderFilterCounts.active")
    f_cancelled = g("cancelled")
    if f_cancelled is not None and f_cancelled.__class__ is not int:
        f_cancelled = _c.to_int(f_cancelled, "OrderFilterCounts.cancelled")
    f_delivered = g("delivered")
    if f_delivered is not None and f_delivered.__class__ is not int:
        f_delivered = _c.to_int(f_delivered, "OrderFilterCounts.delivered")
    f_completed = g("completed")
    if f_completed is not None and f_completed.__class__ is not int:
        f_completed = _c.to_int(f_completed, "OrderFilterCounts.completed")
    f_awaiting_receipt = g("awaiting_receipt")
    if f_awaiting_receipt is not None and f_awaiting_receipt.__class__ is not int:
        f_awaiting_receipt = _c.to_int(f_awaiting_receipt, "OrderFilterCounts.awaiting_receipt")
    f_all = g("all")
    if f_all is not None and f_all.__class__ is not int:
        f_all = _c.to_int(f_all, "OrderFilterCounts.all")
    o = _new(OrderFilterCounts)
    _s_active(o, f_active)
    _s_cancelled(o, f_cancelled)
    _s_delivered(o, f_delivered)
    _s_completed(o, f_completed)
    _s_awaiting_receipt(o, f_awaiting_receipt)
    _s_all(o, f_all)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderFilterCounts._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
