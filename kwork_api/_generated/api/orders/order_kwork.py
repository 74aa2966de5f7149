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
        Param("kwork_id", "kworkId", "query", "plain", kind="int", required=True),
        Param("kworks_count", "kworksCount", "query", "plain", kind="int"),
        Param("volume_type_id", "volumeTypeId", "query", "plain", kind="int"),
        Param("volume", "volume", "query", "plain", kind="float"),
        Param("package_id", "packageId", "query", "plain", kind="int"),
        Param("extras", "extras", "query", "keyed"),
        Param("channel_format", "channel_format", "query", "plain", kind="str"),
        Param("order_id", "orderId", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_m_created_order.CreatedOrder._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CreatedOrder",
)
