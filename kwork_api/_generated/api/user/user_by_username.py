"""`userByUsername`: Get a user's public profile by user name.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import kwork_user as _m_kwork_user

if TYPE_CHECKING:
    from ...models.kwork_user import KworkUser

OPERATION: Operation[KworkUser] = Operation(
    method="userByUsername",
    auth="optional",
    replay_safe=True,
    params=(
        Param("username", "username", "query", "plain", kind="str", required=True),
        Param("with_hidden", "with_hidden", "query", "plain", kind="bool"),
    ),
    result="data",
    parse=_m_kwork_user.KworkUser._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="KworkUser",
)
