"""`unblockDialog`: Unblock a user in dialogs.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import dialog_action_result as _m_dialog_action_result

if TYPE_CHECKING:
    from ...models.dialog_action_result import DialogActionResult

OPERATION: Operation[DialogActionResult] = Operation(
    method="unblockDialog",
    auth="required",
    replay_safe=False,
    params=(Param("block_user_id", "blockUserId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_dialog_action_result.DialogActionResult._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="DialogActionResult",
)
