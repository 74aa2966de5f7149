"""`kworks`: List kworks in a catalog section.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import catalog_response as _m_catalog_response

if TYPE_CHECKING:
    from ...models.catalog_response import CatalogResponse

OPERATION: Operation[CatalogResponse] = Operation(
    method="kworks",
    auth="optional",
    replay_safe=True,
    params=(
        Param("category_id", "categoryId", "query", "plain"),
        Param("classifier_id", "classifierId", "query", "plain"),
        Param("sort", "sort", "query", "plain"),
        Param("excluded", "excluded", "query", "csv"),
        Param("unembedded", "unembedded", "query", "plain"),
        Param("price", "price", "query", "plain"),
        Param("sdeliverytime", "sdeliverytime", "query", "plain"),
        Param("sellerlvl", "sellerlvl", "query", "plain"),
        Param("sonline", "sonline", "query", "plain"),
        Param("sminreview", "sminreview", "query", "plain"),
        Param("sordersqueue", "sordersqueue", "query", "plain"),
        Param("sview", "sview", "query", "plain"),
        Param("strack", "strack", "query", "plain"),
        Param("packages", "packages", "query", "indexed"),
        Param("page", "page", "query", "plain"),
        Param("limit", "limit", "query", "plain"),
        Param("filters", "filters", "query", "spread"),
    ),
    result="data",
    parse=_m_catalog_response.CatalogResponse._from_wire,
    empty="page",
    paged="kworks",
    session=None,
    returns="CatalogResponse",
)
