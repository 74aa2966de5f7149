"""`payerOrders`: List the orders the user placed as a buyer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import orders_page as _m_orders_page

if TYPE_CHECKING:
    from ...models.orders_page import OrdersPage

OPERATION: Operation[OrdersPage] = Operation(
    method="payerOrders",
    auth="required",
    replay_safe=True,
    params=(
        Param("filter", "filter", "query", "plain", kind="str"),
        Param("page", "page", "query", "plain", kind="int"),
        Param("company_orders", "company_orders", "query", "plain", kind="bool"),
    ),
    result="data",
    parse=_m_orders_page.OrdersPage._from_wire,
    empty="page",
    paged="orders",
    session=None,
    returns="OrdersPage",
)
