"""`isDialogAllow`: Check whether the user may write to someone.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import dialog_permission as _m_dialog_permission

if TYPE_CHECKING:
    from ...models.dialog_permission import DialogPermission

OPERATION: Operation[DialogPermission] = Operation(
    method="isDialogAllow",
    auth="required",
    replay_safe=True,
    params=(
        Param("receiver_id", "receiverId", "query", "plain", kind="int", required=True),
        Param("with_tracks", "withTracks", "query", "plain", kind="bool"),
    ),
    result="data",
    parse=_m_dialog_permission.DialogPermission._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="DialogPermission",
)
