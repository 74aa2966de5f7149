"""`userSearch`: Search users.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import user_search_response as _m_user_search_response

if TYPE_CHECKING:
    from ...models.user_search_response import UserSearchResponse

OPERATION: Operation[UserSearchResponse] = Operation(
    method="userSearch",
    auth="optional",
    replay_safe=True,
    params=(
        Param("query", "query", "query", "plain", kind="str", required=True),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_user_search_response.UserSearchResponse._from_wire,
    empty="page",
    paged="users",
    session=None,
    returns="UserSearchResponse",
)
