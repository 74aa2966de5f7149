"""`projects`: List exchange projects matching filters.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import projects_response as _m_projects_response

if TYPE_CHECKING:
    from ...models.projects_response import ProjectsResponse

OPERATION: Operation[ProjectsResponse] = Operation(
    method="projects",
    auth="required",
    replay_safe=True,
    params=(
        Param("categories", "categories", "query", "csv", kind="int"),
        Param("price_from", "price_from", "query", "plain", kind="int"),
        Param("price_to", "price_to", "query", "plain", kind="int"),
        Param("hiring_from", "hiring_from", "query", "plain", kind="int"),
        Param("kworks_filter_from", "kworks_filter_from", "query", "plain", kind="int"),
        Param("kworks_filter_to", "kworks_filter_to", "query", "plain", kind="int"),
        Param("page", "page", "query", "plain", kind="int"),
        Param("query", "query", "query", "plain", kind="str"),
        Param("attributes", "attributes", "query", "csv", kind="int"),
        Param("offers", "offers", "query", "csv", kind="int"),
    ),
    result="envelope",
    parse=_m_projects_response.ProjectsResponse._from_wire,
    empty="page",
    paged="projects",
    session=None,
    returns="ProjectsResponse",
)
