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
        Param("order_id", "orderId", "query", "plain", kind="int", required=True),
        Param("message", "revision", "query", "plain", kind="str"),
        Param("file_ids", "files[]", "query", "repeat", kind="int"),
        Param("stage_ids", "stageIds[]", "query", "repeat", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
