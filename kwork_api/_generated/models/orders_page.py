"""OrdersPage: A page of the user's orders, as a buyer or as a freelancer, with counts per filter.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order as _m_order
from . import order_filter_counts as _m_order_filter_counts
from . import pagination_info as _m_pagination_info

if TYPE_CHECKING:
    from .order import Order
    from .order_filter_counts import OrderFilterCounts
    from .pagination_info import PaginationInfo

_KNOWN = frozenset(
    {
        "filter",
        "filter_counts",
        "orders",
        "paging",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrdersPage(KworkModel):
    """A page of the user's orders, as a buyer or as a freelancer, with counts per filter.

    Attributes:
        filter: The filter the page was built with.
        filter_counts: Number of orders under each filter.
        orders: The orders on this page.
        paging: Where this page sits in the list.
    """

    filter: str | None = None
    filter_counts: OrderFilterCounts | None = None
    orders: list[Order] | None = _attrs.field(default=None, hash=False)
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("filter", "filter", "str | None"),
        ("filter_counts", "filter_counts", "OrderFilterCounts | None"),
        ("orders", "orders", "list[Order] | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrdersPage]]


def _from_wire(
    d: Any,
    where: str = "OrdersPage",
    _new: Callable[[type[OrdersPage]], OrdersPage] = object.__new__,
    _s_filter: Callable[[OrdersPage, Any], None] = OrdersPage.__dict__["filter"].__set__,
    _s_filter_counts: Callable[[OrdersPage, Any], None] = OrdersPage.__dict__["filter_counts"].__set__,
    _s_orders: Callable[[OrdersPage, Any], None] = OrdersPage.__dict__["orders"].__set__,
    _s_paging: Callable[[OrdersPage, Any], None] = OrdersPage.__dict__["paging"].__set__,
    _s_additional_properties: Callable[[OrdersPage, Any], None] = OrdersPage.__dict__[
        "additional_properties"
    ].__set__,
) -> OrdersPage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_filter = g("filter")
    if f_filter is not None and f_filter.__class__ is not str:
        f_filter = _c.to_str(f_filter, "OrdersPage.filter")
    f_filter_counts = g("filter_counts")
    if f_filter_counts is not None:
        f_filter_counts = _c.to_model(
            f_filter_counts, _m_order_filter_counts.OrderFilterCounts._from_wire, "OrdersPage.filter_counts"
        )
    f_orders = g("orders")
    if f_orders is not None:
        if f_orders.__class__ is list:
            f_orders = list(map(_m_order.Order._from_wire, f_orders))
        else:
            f_orders = _c.to_list(f_orders, _m_order.Order._from_wire, "OrdersPage.orders")
    f_paging = g("paging")
    if f_paging is not None:
        f_paging = _c.to_model(f_paging, _m_pagination_info.PaginationInfo._from_wire, "OrdersPage.paging")
    o = _new(OrdersPage)
    _s_filter(o, f_filter)
    _s_filter_counts(o, f_filter_counts)
    _s_orders(o, f_orders)
    _s_paging(o, f_paging)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrdersPage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
