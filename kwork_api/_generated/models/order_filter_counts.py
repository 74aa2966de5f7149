"""OrderFilterCounts: How many orders each order-list filter holds.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("active", "active", "int | None"),
        ("cancelled", "cancelled", "int | None"),
        ("delivered", "delivered", "int | None"),
        ("completed", "completed", "int | None"),
        ("awaiting_receipt", "awaiting_receipt", "int | None"),
        ("all", "all", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderFilterCounts") -> OrderFilterCounts:
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
        extra = d.keys() - _KNOWN
        return OrderFilterCounts(
            f_active,
            f_cancelled,
            f_delivered,
            f_completed,
            f_awaiting_receipt,
            f_all,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
