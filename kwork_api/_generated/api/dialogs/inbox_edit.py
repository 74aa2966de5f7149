"""`inboxEdit`: Edit a sent message.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="inboxEdit",
    auth="required",
    replay_safe=False,
    params=(
        Param("message_id", "id", "query", "plain", required=True),
        Param("uploaded_files", "uploaded_files[]", "query", "repeat"),
        Param("reply_message_id", "reply_message_id", "query", "plain"),
        Param("text", "text", "form", "plain"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
