"""`updateChatDraftMessage`: Save the unsent draft of a dialog.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="updateChatDraftMessage",
    auth="required",
    replay_safe=False,
    params=(
        Param("user_id", "userId", "query", "plain", kind="int", required=True),
        Param("message", "message", "query", "plain", kind="str"),
        Param("files", "files[]", "query", "repeat", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
