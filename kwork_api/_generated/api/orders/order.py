"""`order`: Get an order's id and title.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import order_lookup as _m_order_lookup

if TYPE_CHECKING:
    from ...models.order_lookup import OrderLookup

OPERATION: Operation[OrderLookup] = Operation(
    method="order",
    auth="required",
    replay_safe=True,
    params=(Param("order_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_order_lookup.OrderLookup._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="OrderLookup",
)
