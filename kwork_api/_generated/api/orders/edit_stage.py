"""`editStage`: Change existing stages of an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="editStage",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "orderId", "query", "plain", kind="int", required=True),
        Param("extend_time", "extendTime", "query", "plain", kind="int", required=True),
        Param("stages", "stages", "query", "keyed", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
