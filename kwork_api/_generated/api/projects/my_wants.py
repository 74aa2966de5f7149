"""`myWants`: List the projects you posted as a buyer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import wants_response as _m_wants_response

if TYPE_CHECKING:
    from ...models.wants_response import WantsResponse

OPERATION: Operation[WantsResponse] = Operation(
    method="myWants",
    auth="required",
    replay_safe=True,
    params=(
        Param("status_ids", "want_status_id", "query", "csv", kind="int"),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_wants_response.WantsResponse._from_wire,
    empty="page",
    paged="wants",
    session=None,
    returns="WantsResponse",
)
