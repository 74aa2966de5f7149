"""`getTracks`: List the tracks of an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import order_tracks as _m_order_tracks

if TYPE_CHECKING:
    from ...models.order_tracks import OrderTracks

OPERATION: Operation[OrderTracks] = Operation(
    method="getTracks",
    auth="required",
    replay_safe=True,
    params=(
        Param("order_id", "orderId", "query", "plain", kind="int", required=True),
        Param("track_id", "trackId", "query", "plain", kind="int"),
        Param("direction", "direction", "query", "plain", kind="str"),
        Param("limit", "limit", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_m_order_tracks.OrderTracks._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="OrderTracks",
)
