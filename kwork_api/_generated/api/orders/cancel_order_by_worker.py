"""`cancelOrderByWorker`: Cancel an order as the freelancer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="cancelOrderByWorker",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "order_id", "query", "plain", kind="int", required=True),
        Param("reason_type", "reason_type", "query", "plain", kind="str", required=True),
        Param("message", "message", "form", "plain", kind="str"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
