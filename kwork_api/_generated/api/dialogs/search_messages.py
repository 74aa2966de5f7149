"""`searchMessages`: Find where a text occurs in a dialog.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import search_hits_response as _m_search_hits_response

if TYPE_CHECKING:
    from ...models.search_hits_response import SearchHitsResponse

OPERATION: Operation[SearchHitsResponse] = Operation(
    method="searchMessages",
    auth="required",
    replay_safe=True,
    params=(
        Param("text", "text", "query", "plain", kind="str", required=True),
        Param("user_id", "userId", "query", "plain", kind="int", required=True),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_search_hits_response.SearchHitsResponse._from_wire,
    empty="page",
    paged="hits",
    session=None,
    returns="SearchHitsResponse",
)
