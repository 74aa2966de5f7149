"""`getKworkDetails`: Get a kwork's full card.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import kwork_details as _m_kwork_details

if TYPE_CHECKING:
    from ...models.kwork_details import KworkDetails

OPERATION: Operation[KworkDetails] = Operation(
    method="getKworkDetails",
    auth="optional",
    replay_safe=True,
    params=(Param("kwork_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_kwork_details.KworkDetails._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="KworkDetails",
)
