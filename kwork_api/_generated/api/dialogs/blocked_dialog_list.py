"""`blockedDialogList`: Get the ids of blocked users.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import blocked_users as _m_blocked_users

if TYPE_CHECKING:
    from ...models.blocked_users import BlockedUsers

OPERATION: Operation[BlockedUsers] = Operation(
    method="blockedDialogList",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_blocked_users.BlockedUsers._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="BlockedUsers",
)
