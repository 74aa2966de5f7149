"""`getWantsCount`: Count exchange projects matching filters.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import project_count as _m_project_count

if TYPE_CHECKING:
    from ...models.project_count import ProjectCount

OPERATION: Operation[ProjectCount] = Operation(
    method="getWantsCount",
    auth="required",
    replay_safe=True,
    params=(
        Param("categories", "categories", "query", "csv"),
        Param("price_from", "price_from", "query", "plain"),
        Param("price_to", "price_to", "query", "plain"),
        Param("hiring_from", "hiring_from", "query", "plain"),
        Param("kworks_filter_from", "kworks_filter_from", "query", "plain"),
        Param("kworks_filter_to", "kworks_filter_to", "query", "plain"),
        Param("query", "query", "query", "plain"),
        Param("attributes", "attributes", "query", "csv"),
        Param("offers", "offers", "query", "csv"),
    ),
    result="data",
    parse=_m_project_count.ProjectCount._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="ProjectCount",
)
