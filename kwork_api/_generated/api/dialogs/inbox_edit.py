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
        Param("message_id", "id", "query", "plain", kind="int", required=True),
        Param("uploaded_files", "uploaded_files[]", "query", "repeat", kind="int"),
        Param("reply_message_id", "reply_message_id", "query", "plain", kind="int"),
        Param("text", "text", "form", "plain", kind="str"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
