"""`repeatOrder`: Order the same work again.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import created_order as _m_created_order

if TYPE_CHECKING:
    from ...models.created_order import CreatedOrder

OPERATION: Operation[CreatedOrder] = Operation(
    method="repeatOrder",
    auth="required",
    replay_safe=False,
    params=(Param("order_id", "orderId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_created_order.CreatedOrder._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CreatedOrder",
)
