"""`search`: Search kworks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import kwork_search_response as _m_kwork_search_response

if TYPE_CHECKING:
    from ...models.kwork_search_response import KworkSearchResponse

OPERATION: Operation[KworkSearchResponse] = Operation(
    method="search",
    auth="optional",
    replay_safe=True,
    params=(
        Param("query", "query", "query", "plain", required=True),
        Param("category_id", "categoryId", "query", "plain"),
        Param("classifier_id", "classifierId", "query", "plain"),
        Param("sort", "sort", "query", "plain"),
        Param("excluded", "excluded", "query", "csv"),
        Param("unembedded", "unembedded", "query", "plain"),
        Param("page", "page", "query", "plain"),
        Param("limit", "limit", "query", "plain"),
        Param("filters", "filters", "query", "spread"),
    ),
    result="envelope",
    parse=_m_kwork_search_response.KworkSearchResponse._from_wire,
    empty="page",
    paged="kworks",
    session=None,
    returns="KworkSearchResponse",
)
