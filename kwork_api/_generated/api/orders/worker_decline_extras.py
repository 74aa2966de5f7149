"""`workerDeclineExtras`: Decline the extras the buyer proposed.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="workerDeclineExtras",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "order_id", "query", "plain", kind="int", required=True),
        Param("track_id", "track_id", "query", "plain", kind="int", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
