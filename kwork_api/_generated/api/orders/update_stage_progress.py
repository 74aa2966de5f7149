"""`updateStageProgress`: Report progress on the stages of an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import stage_progress_report as _m_stage_progress_report

if TYPE_CHECKING:
    from ...models.stage_progress_report import StageProgressReport

OPERATION: Operation[StageProgressReport] = Operation(
    method="updateStageProgress",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "order_id", "query", "plain", kind="int", required=True),
        Param("stages", "stages", "query", "keyed", required=True),
        Param("comment", "comment", "query", "plain", kind="str", required=True),
        Param("metric_ids", "metrics[]", "query", "repeat", kind="int"),
        Param("track_id", "trackId", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_m_stage_progress_report.StageProgressReport._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="StageProgressReport",
)
