"""`catalogFilters`: List the filters of a catalog section.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import catalog_filters as _m_catalog_filters

if TYPE_CHECKING:
    from ...models.catalog_filters import CatalogFilters

OPERATION: Operation[CatalogFilters] = Operation(
    method="catalogFilters",
    auth="optional",
    replay_safe=True,
    params=(
        Param("category_id", "categoryId", "query", "plain", kind="int"),
        Param("classifier_id", "classifierId", "query", "plain", kind="int"),
        Param("is_search", "isSearch", "query", "plain", kind="bool"),
        Param("query", "query", "query", "plain", kind="str"),
        Param("unembedded", "unembedded", "query", "plain", kind="str"),
        Param("filters", "filters", "query", "spread"),
    ),
    result="data",
    parse=_m_catalog_filters.CatalogFilters._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CatalogFilters",
)
