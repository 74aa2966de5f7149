"""`typing`: Tell the other side that the user is typing.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="typing",
    auth="required",
    replay_safe=False,
    params=(
        Param("recipient_id", "recipientId", "query", "plain", kind="int", required=True),
        Param("order_id", "orderId", "query", "plain", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
