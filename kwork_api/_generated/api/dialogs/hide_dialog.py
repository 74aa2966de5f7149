"""`hideDialog`: Hide a dialog, or bring a hidden one back.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import hide_dialog_result as _m_hide_dialog_result

if TYPE_CHECKING:
    from ...models.hide_dialog_result import HideDialogResult

OPERATION: Operation[HideDialogResult] = Operation(
    method="hideDialog",
    auth="required",
    replay_safe=False,
    params=(
        Param("user_id", "userId", "query", "plain", kind="int", required=True),
        Param("is_restore", "isRestore", "query", "plain", kind="bool", required=True),
    ),
    result="data",
    parse=_m_hide_dialog_result.HideDialogResult._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="HideDialogResult",
)
