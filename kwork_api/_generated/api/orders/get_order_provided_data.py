"""`getOrderProvidedData`: Get the data the buyer provided for an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import order_provided_data as _m_order_provided_data

if TYPE_CHECKING:
    from ...models.order_provided_data import OrderProvidedData

OPERATION: Operation[list[OrderProvidedData]] = Operation(
    method="getOrderProvidedData",
    auth="required",
    replay_safe=True,
    params=(Param("order_id", "order_id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_order_provided_data.OrderProvidedData._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[OrderProvidedData]",
)
