"""`inboxForward`: Forward messages to another user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import forwarded_message as _m_forwarded_message

if TYPE_CHECKING:
    from ...models.forwarded_message import ForwardedMessage

OPERATION: Operation[list[ForwardedMessage]] = Operation(
    method="inboxForward",
    auth="required",
    replay_safe=False,
    params=(
        Param("user_id", "userId", "query", "plain", kind="int", required=True),
        Param("message_ids", "message_ids", "query", "csv", kind="int", required=True),
    ),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_forwarded_message.ForwardedMessage._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[ForwardedMessage]",
)
