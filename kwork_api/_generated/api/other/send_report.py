"""`sendReport`: Post a progress report on an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import order_report_track as _m_order_report_track

if TYPE_CHECKING:
    from ...models.order_report_track import OrderReportTrack

OPERATION: Operation[list[OrderReportTrack]] = Operation(
    method="sendReport",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "order_id", "query", "plain", kind="int", required=True),
        Param("progress", "progress", "query", "plain", kind="int", required=True),
        Param("comment", "comment", "query", "plain", kind="str", required=True),
        Param("track_id", "track_id", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_order_report_track.OrderReportTrack._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[OrderReportTrack]",
)
