"""`blockedDialogs`: List blocked dialogs.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import blocked_dialogs_response as _m_blocked_dialogs_response

if TYPE_CHECKING:
    from ...models.blocked_dialogs_response import BlockedDialogsResponse

OPERATION: Operation[BlockedDialogsResponse] = Operation(
    method="blockedDialogs",
    auth="required",
    replay_safe=True,
    params=(Param("page", "page", "query", "plain", kind="int"),),
    result="envelope",
    parse=_m_blocked_dialogs_response.BlockedDialogsResponse._from_wire,
    empty="page",
    paged="dialogs",
    session=None,
    returns="BlockedDialogsResponse",
)
