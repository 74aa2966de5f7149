"""`getOrderHeader`: Get the header blocks of an order screen.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import order_header as _m_order_header

if TYPE_CHECKING:
    from ...models.order_header import OrderHeader

OPERATION: Operation[list[OrderHeader]] = Operation(
    method="getOrderHeader",
    auth="required",
    replay_safe=True,
    params=(
        Param("order_id", "orderId", "query", "plain", kind="int", required=True),
        Param("order_hash", "orderHash", "query", "plain", kind="int"),
        Param("kwork_hash", "kworkHash", "query", "plain", kind="int"),
        Param("payer_hash", "payerHash", "query", "plain", kind="int"),
        Param("worker_hash", "workerHash", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_order_header.OrderHeader._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[OrderHeader]",
)
