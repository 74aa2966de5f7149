"""`orderKwork`: Order a kwork.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import created_order as _m_created_order

if TYPE_CHECKING:
    from ...models.created_order import CreatedOrder

OPERATION: Operation[CreatedOrder] = Operation(
    method="orderKwork",
    auth="required",
    replay_safe=False,
    params=(
        Param("kwork_id", "kworkId", "query", "plain", required=True),
        Param("kworks_count", "kworksCount", "query", "plain"),
        Param("volume_type_id", "volumeTypeId", "query", "plain"),
        Param("volume", "volume", "query", "plain"),
        Param("package_id", "packageId", "query", "plain"),
        Param("extras", "extras", "query", "keyed"),
        Param("channel_format", "channel_format", "query", "plain"),
        Param("order_id", "orderId", "query", "plain"),
    ),
    result="data",
    parse=_m_created_order.CreatedOrder._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CreatedOrder",
)
