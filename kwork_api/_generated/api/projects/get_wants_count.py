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
        Param("categories", "categories", "query", "csv", kind="int"),
        Param("price_from", "price_from", "query", "plain", kind="int"),
        Param("price_to", "price_to", "query", "plain", kind="int"),
        Param("hiring_from", "hiring_from", "query", "plain", kind="int"),
        Param("kworks_filter_from", "kworks_filter_from", "query", "plain", kind="int"),
        Param("kworks_filter_to", "kworks_filter_to", "query", "plain", kind="int"),
        Param("query", "query", "query", "plain", kind="str"),
        Param("attributes", "attributes", "query", "csv", kind="int"),
        Param("offers", "offers", "query", "csv", kind="int"),
    ),
    result="data",
    parse=_m_project_count.ProjectCount._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="ProjectCount",
)
