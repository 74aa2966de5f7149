"""`favoriteKworks`: List the user's favourite kworks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import favorite_kworks_response as _m_favorite_kworks_response

if TYPE_CHECKING:
    from ...models.favorite_kworks_response import FavoriteKworksResponse

OPERATION: Operation[FavoriteKworksResponse] = Operation(
    method="favoriteKworks",
    auth="required",
    replay_safe=True,
    params=(Param("page", "page", "query", "plain", kind="int"),),
    result="envelope",
    parse=_m_favorite_kworks_response.FavoriteKworksResponse._from_wire,
    empty="page",
    paged="kworks",
    session=None,
    returns="FavoriteKworksResponse",
)
