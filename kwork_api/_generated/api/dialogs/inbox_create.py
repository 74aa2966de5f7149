"""`inboxCreate`: Send a message to a user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import sent_message as _m_sent_message

if TYPE_CHECKING:
    from ...models.sent_message import SentMessage

OPERATION: Operation[SentMessage] = Operation(
    method="inboxCreate",
    auth="required",
    replay_safe=False,
    params=(
        Param("user_id", "user_id", "query", "plain", kind="int", required=True),
        Param("uuid", "uuid", "query", "plain", kind="str"),
        Param("message_key", "message_key", "query", "plain", kind="str"),
        Param("order_id", "order_id", "query", "plain", kind="int"),
        Param("uploaded_files", "uploaded_files[]", "query", "repeat", kind="int"),
        Param("reply_message_id", "reply_message_id", "query", "plain", kind="int"),
        Param("with_tracks", "withTracks", "query", "plain", kind="bool"),
        Param("text", "text", "form", "plain", kind="str", required=True),
    ),
    result="data",
    parse=_m_sent_message.SentMessage._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="SentMessage",
)
