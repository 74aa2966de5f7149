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
        Param("category_id", "categoryId", "query", "plain", kind="int"),
        Param("classifier_id", "classifierId", "query", "plain", kind="int"),
        Param("sort", "sort", "query", "plain", kind="str"),
        Param("excluded", "excluded", "query", "csv", kind="int"),
        Param("unembedded", "unembedded", "query", "plain", kind="str"),
        Param("price", "price", "query", "plain", kind="str"),
        Param("sdeliverytime", "sdeliverytime", "query", "plain", kind="str"),
        Param("sellerlvl", "sellerlvl", "query", "plain", kind="str"),
        Param("sonline", "sonline", "query", "plain", kind="bool"),
        Param("sminreview", "sminreview", "query", "plain", kind="str"),
        Param("sordersqueue", "sordersqueue", "query", "plain", kind="str"),
        Param("sview", "sview", "query", "plain", kind="str"),
        Param("strack", "strack", "query", "plain", kind="str"),
        Param("packages", "packages", "query", "indexed"),
        Param("page", "page", "query", "plain", kind="int"),
        Param("limit", "limit", "query", "plain", kind="int"),
        Param("filters", "filters", "query", "spread"),
    ),
    result="data",
    parse=_m_catalog_response.CatalogResponse._from_wire,
    empty="page",
    paged="kworks",
    session=None,
    returns="CatalogResponse",
)
