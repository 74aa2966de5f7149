"""`approveOrderStage`: Accept delivered stages of an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import buyer_level_progress as _m_buyer_level_progress

if TYPE_CHECKING:
    from ...models.buyer_level_progress import BuyerLevelProgress

OPERATION: Operation[list[BuyerLevelProgress]] = Operation(
    method="approveOrderStage",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "orderId", "query", "plain", kind="int", required=True),
        Param("stage_ids", "stageIds[]", "query", "repeat", kind="int"),
    ),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_buyer_level_progress.BuyerLevelProgress._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[BuyerLevelProgress]",
)
