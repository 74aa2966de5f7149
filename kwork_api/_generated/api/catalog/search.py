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
        Param("query", "query", "query", "plain", kind="str", required=True),
        Param("category_id", "categoryId", "query", "plain", kind="int"),
        Param("classifier_id", "classifierId", "query", "plain", kind="int"),
        Param("sort", "sort", "query", "plain", kind="str"),
        Param("excluded", "excluded", "query", "csv", kind="int"),
        Param("unembedded", "unembedded", "query", "plain", kind="str"),
        Param("page", "page", "query", "plain", kind="int"),
        Param("limit", "limit", "query", "plain", kind="int"),
        Param("filters", "filters", "query", "spread"),
    ),
    result="envelope",
    parse=_m_kwork_search_response.KworkSearchResponse._from_wire,
    empty="page",
    paged="kworks",
    session=None,
    returns="KworkSearchResponse",
)
