"""`suggestStages`: Propose a different set of stages for an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="suggestStages",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "order_id", "query", "plain", kind="int", required=True),
        Param("days", "days", "query", "plain", kind="int", required=True),
        Param("message", "message", "query", "plain", kind="str", required=True),
        Param("stages", "stages", "query", "indexed", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
