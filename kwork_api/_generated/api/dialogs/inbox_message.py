"""`inboxMessage`: Get one message by id.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import inbox_message as _m_inbox_message

if TYPE_CHECKING:
    from ...models.inbox_message import InboxMessage

OPERATION: Operation[list[InboxMessage]] = Operation(
    method="inboxMessage",
    auth="required",
    replay_safe=True,
    params=(Param("message_id", "messageId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_inbox_message.InboxMessage._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[InboxMessage]",
)
