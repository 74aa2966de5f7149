"""`sendUserStatus`: Tell a user that you are typing or recording a voice message.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="sendUserStatus",
    auth="required",
    replay_safe=False,
    params=(
        Param("user_id", "user_id", "query", "plain", kind="int", required=True),
        Param("status", "status", "query", "plain", kind="str", required=True),
        Param("order_id", "order_id", "query", "plain", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
