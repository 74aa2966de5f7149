"""`inboxes`: List the messages of a dialog.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import messages_response as _m_messages_response

if TYPE_CHECKING:
    from ...models.messages_response import MessagesResponse

OPERATION: Operation[MessagesResponse] = Operation(
    method="inboxes",
    auth="required",
    replay_safe=True,
    params=(
        Param("username", "username", "query", "plain", kind="str", required=True),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_messages_response.MessagesResponse._from_wire,
    empty="page",
    paged="messages",
    session=None,
    returns="MessagesResponse",
)
