"""BuyerLevelProgress: The buyer's standing after accepting work: orders completed and progress towards the next buyer level.

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
        "order_delivery_time",
        "orders_approved",
        "current_status",
        "current_status_icon",
        "next_status",
        "next_status_border",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class BuyerLevelProgress(KworkModel):
    """The buyer's standing after accepting work: orders completed and progress towards the next buyer
    level.

    Attributes:
        order_delivery_time: How long the freelancer took to complete the order.
        orders_approved: Orders the buyer has completed so far.
        current_status: Name of the buyer's current level.
        current_status_icon: Absolute URL of the current level's icon.
        next_status: Name of the next level.
        next_status_border: Orders left to reach the next level.
    """

    order_delivery_time: int | None = None
    orders_approved: int | None = None
    current_status: str | None = None
    current_status_icon: str | None = None
    next_status: str | None = None
    next_status_border: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("order_delivery_time", "order_delivery_time", "int | None"),
        ("orders_approved", "orders_approved", "int | None"),
        ("current_status", "current_status", "str | None"),
        ("current_status_icon", "current_status_icon", "str | None"),
        ("next_status", "next_status", "str | None"),
        ("next_status_border", "next_status_border", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], BuyerLevelProgress]]


def _from_wire(
    d: Any,
    where: str = "BuyerLevelProgress",
    _new: Callable[[type[BuyerLevelProgress]], BuyerLevelProgress] = object.__new__,
    _s_order_delivery_time: Callable[[BuyerLevelProgress, Any], None] = BuyerLevelProgress.__dict__[
        "order_delivery_time"
    ].__set__,
    _s_orders_approved: Callable[[BuyerLevelProgress, Any], None] = BuyerLevelProgress.__dict__[
        "orders_approved"
    ].__set__,
    _s_current_status: Callable[[BuyerLevelProgress, Any], None] = BuyerLevelProgress.__dict__[
        "current_status"
    ].__set__,
    _s_current_status_icon: Callable[[BuyerLevelProgress, Any], None] = BuyerLevelProgress.__dict__[
        "current_status_icon"
    ].__set__,
    _s_next_status: Callable[[BuyerLevelProgress, Any], None] = BuyerLevelProgress.__dict__[
        "next_status"
    ].__set__,
    _s_next_status_border: Callable[[BuyerLevelProgress, Any], None] = BuyerLevelProgress.__dict__[
        "next_status_border"
    ].__set__,
    _s_additional_properties: Callable[[BuyerLevelProgress, Any], None] = BuyerLevelProgress.__dict__[
        "additional_properties"
    ].__set__,
) -> BuyerLevelProgress:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_order_delivery_time = g("order_delivery_time")
    if f_order_delivery_time is not None and f_order_delivery_time.__class__ is not int:
        f_order_delivery_time = _c.to_int(f_order_delivery_time, "BuyerLevelProgress.order_delivery_time")
    f_orders_approved = g("orders_approved")
    if f_orders_approved is not None and f_orders_approved.__class__ is not int:
        f_orders_approved = _c.to_int(f_orders_approved, "BuyerLevelProgress.orders_approved")
    f_current_status = g("current_status")
    if f_current_status is not None and f_current_status.__class__ is not str:
        f_current_status = _c.to_str(f_current_status, "BuyerLevelProgress.current_status")
    f_current_status_icon = g("current_status_icon")
    if f_current_status_icon is not None and f_current_status_icon.__class__ is not str:
        f_current_status_icon = _c.to_str(f_current_status_icon, "BuyerLevelProgress.current_status_icon")
    f_next_status = g("next_status")
    if f_next_status is not None and f_next_status.__class__ is not str:
        f_next_status = _c.to_str(f_next_status, "BuyerLevelProgress.next_status")
    f_next_status_border = g("next_status_border")
    if f_next_status_border is not None and f_next_status_border.__class__ is not int:
        f_next_status_border = _c.to_int(f_next_status_border, "BuyerLevelProgress.next_status_border")
    o = _new(BuyerLevelProgress)
    _s_order_delivery_time(o, f_order_delivery_time)
    _s_orders_approved(o, f_orders_approved)
    _s_current_status(o, f_current_status)
    _s_current_status_icon(o, f_current_status_icon)
    _s_next_status(o, f_next_status)
    _s_next_status_border(o, f_next_status_border)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


BuyerLevelProgress._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
