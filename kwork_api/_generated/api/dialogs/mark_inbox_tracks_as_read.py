"""`markInboxTracksAsRead`: Mark dialog entries (messages and tracks) as read.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="markInboxTracksAsRead",
    auth="required",
    replay_safe=False,
    params=(
        Param("user_id", "userId", "query", "plain", kind="int", required=True),
        Param("conversation_ids", "conversationIds[]", "query", "repeat", kind="int", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
