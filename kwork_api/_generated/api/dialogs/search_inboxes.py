"""`searchInboxes`: Search messages across dialogs.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import messages_response as _m_messages_response

if TYPE_CHECKING:
    from ...models.messages_response import MessagesResponse

OPERATION: Operation[MessagesResponse] = Operation(
    method="searchInboxes",
    auth="required",
    replay_safe=True,
    params=(
        Param("query", "query", "query", "plain", kind="str", required=True),
        Param("user_id", "userId", "query", "plain", kind="int"),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_messages_response.MessagesResponse._from_wire,
    empty="page",
    paged="messages",
    session=None,
    returns="MessagesResponse",
)
