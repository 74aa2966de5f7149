"""`getInboxTracks`: List a dialog's messages together with order tracks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import dialog_history_response as _m_dialog_history_response

if TYPE_CHECKING:
    from ...models.dialog_history_response import DialogHistoryResponse

OPERATION: Operation[DialogHistoryResponse] = Operation(
    method="getInboxTracks",
    auth="required",
    replay_safe=True,
    params=(
        Param("user_id", "userId", "query", "plain", kind="int"),
        Param("username", "username", "query", "plain", kind="str"),
        Param("page", "page", "query", "plain", kind="int"),
        Param("last_conversation_id", "lastConversationId", "query", "plain", kind="int"),
        Param("direction", "direction", "query", "plain", kind="str"),
        Param("limit", "limit", "query", "plain", kind="int"),
        Param("make_online", "makeOnline", "query", "plain", kind="bool"),
    ),
    result="envelope",
    parse=_m_dialog_history_response.DialogHistoryResponse._from_wire,
    empty="page",
    paged="entries",
    session=None,
    returns="DialogHistoryResponse",
)
