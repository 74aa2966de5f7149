"""OrderLookup: An order lookup: the order's id and title.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_summary as _m_order_summary

if TYPE_CHECKING:
    from .order_summary import OrderSummary

_KNOWN = frozenset(
    {
        "order",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderLookup(KworkModel):
    """An order lookup: the order's id and title.

    Attributes:
        order: The order.
    """

    order: OrderSummary | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("order", "order", "OrderSummary | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderLookup]]


def _from_wire(
    d: Any,
    where: str = "OrderLookup",
    _new: Callable[[type[OrderLookup]], OrderLookup] = object.__new__,
    _s_order: Callable[[OrderLookup, Any], None] = OrderLookup.__dict__["order"].__set__,
    _s_additional_properties: Callable[[OrderLookup, Any], None] = OrderLookup.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderLookup:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_order = g("order")
    if f_order is not None:
        f_order = _c.to_model(f_order, _m_order_summary.OrderSummary._from_wire, "OrderLookup.order")
    o = _new(OrderLookup)
    _s_order(o, f_order)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderLookup._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
