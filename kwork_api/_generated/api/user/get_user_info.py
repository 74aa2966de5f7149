"""`getUserInfo`: Get a short summary of a user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import user_info as _m_user_info

if TYPE_CHECKING:
    from ...models.user_info import UserInfo

OPERATION: Operation[UserInfo] = Operation(
    method="getUserInfo",
    auth="optional",
    replay_safe=True,
    params=(
        Param("user_id", "id", "query", "plain", kind="int"),
        Param("username", "username", "query", "plain", kind="str"),
    ),
    result="data",
    parse=_m_user_info.UserInfo._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="UserInfo",
)
