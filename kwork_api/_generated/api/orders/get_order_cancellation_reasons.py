"""`getOrderCancellationReasons`: List the reasons the user can give to cancel an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import cancellation_reason as _m_cancellation_reason

if TYPE_CHECKING:
    from ...models.cancellation_reason import CancellationReason

OPERATION: Operation[list[CancellationReason]] = Operation(
    method="getOrderCancellationReasons",
    auth="required",
    replay_safe=True,
    params=(Param("order_id", "orderId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_cancellation_reason.CancellationReason._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[CancellationReason]",
)
