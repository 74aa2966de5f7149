"""`getOrderDetails`: Get the full content of an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import order_details as _m_order_details

if TYPE_CHECKING:
    from ...models.order_details import OrderDetails

OPERATION: Operation[list[OrderDetails]] = Operation(
    method="getOrderDetails",
    auth="required",
    replay_safe=True,
    params=(Param("order_id", "orderId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_order_details.OrderDetails._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[OrderDetails]",
)
