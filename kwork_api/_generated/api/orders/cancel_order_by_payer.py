"""`cancelOrderByPayer`: Cancel an order as the buyer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="cancelOrderByPayer",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "order_id", "query", "plain", kind="int", required=True),
        Param("reason_type", "reason_type", "query", "plain", kind="str", required=True),
        Param("hide_kworks", "hideKworks", "query", "plain", kind="bool"),
        Param("message", "message", "form", "plain", kind="str"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
