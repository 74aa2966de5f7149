"""`getDialog`: Get the dialog with one user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import dialog as _m_dialog

if TYPE_CHECKING:
    from ...models.dialog import Dialog

OPERATION: Operation[Dialog] = Operation(
    method="getDialog",
    auth="required",
    replay_safe=True,
    params=(
        Param("user_id", "id", "query", "plain", kind="int", required=True),
        Param("with_tracks", "withTracks", "query", "plain", kind="bool"),
        Param("make_online", "makeOnline", "query", "plain", kind="bool"),
    ),
    result="data",
    parse=_m_dialog.Dialog._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="Dialog",
)
