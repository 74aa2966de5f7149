"""`sendOrderForRevision`: Return the delivered work for changes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="sendOrderForRevision",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "orderId", "query", "plain", required=True),
        Param("message", "revision", "query", "plain"),
        Param("file_ids", "files[]", "query", "repeat"),
        Param("stage_ids", "stageIds[]", "query", "repeat"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
