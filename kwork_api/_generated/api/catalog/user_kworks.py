"""`userKworks`: List a seller's kworks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import user_kworks_response as _m_user_kworks_response

if TYPE_CHECKING:
    from ...models.user_kworks_response import UserKworksResponse

OPERATION: Operation[UserKworksResponse] = Operation(
    method="userKworks",
    auth="required",
    replay_safe=True,
    params=(
        Param("user_id", "user_id", "query", "plain", kind="int", required=True),
        Param("page", "page", "query", "plain", kind="int"),
        Param("category_id", "category_id", "query", "plain", kind="int"),
        Param("status_id", "status_id", "query", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_user_kworks_response.UserKworksResponse._from_wire,
    empty="page",
    paged="kworks",
    session=None,
    returns="UserKworksResponse",
)
