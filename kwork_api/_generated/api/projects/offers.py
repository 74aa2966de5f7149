"""`offers`: List the offers you sent to projects.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import project_offers_response as _m_project_offers_response

if TYPE_CHECKING:
    from ...models.project_offers_response import ProjectOffersResponse

OPERATION: Operation[ProjectOffersResponse] = Operation(
    method="offers",
    auth="required",
    replay_safe=True,
    params=(Param("page", "page", "query", "plain", kind="int"),),
    result="envelope",
    parse=_m_project_offers_response.ProjectOffersResponse._from_wire,
    empty="page",
    paged="offers",
    session=None,
    returns="ProjectOffersResponse",
)
