"""`inboxRead`: Mark messages or a whole dialog as read.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="inboxRead",
    auth="required",
    replay_safe=False,
    params=(
        Param("user_id", "user_id", "query", "plain", kind="int", required=True),
        Param("messages", "messages", "query", "csv", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
