"""`getHiddenKworks`: List the kworks the user has hidden.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import profile_kworks_response as _m_profile_kworks_response

if TYPE_CHECKING:
    from ...models.profile_kworks_response import ProfileKworksResponse

OPERATION: Operation[ProfileKworksResponse] = Operation(
    method="getHiddenKworks",
    auth="required",
    replay_safe=True,
    params=(Param("page", "page", "query", "plain", kind="int"),),
    result="envelope",
    parse=_m_profile_kworks_response.ProfileKworksResponse._from_wire,
    empty="page",
    paged="kworks",
    session=None,
    returns="ProfileKworksResponse",
)
