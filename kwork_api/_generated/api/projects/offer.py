"""`offer`: Get one of your offers.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import project_offer as _m_project_offer

if TYPE_CHECKING:
    from ...models.project_offer import ProjectOffer

OPERATION: Operation[ProjectOffer] = Operation(
    method="offer",
    auth="required",
    replay_safe=True,
    params=(Param("offer_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_project_offer.ProjectOffer._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="ProjectOffer",
)
