"""`getKworkDetailsExtra`: Get the secondary blocks of a kwork page.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import kwork_details_extra as _m_kwork_details_extra

if TYPE_CHECKING:
    from ...models.kwork_details_extra import KworkDetailsExtra

OPERATION: Operation[KworkDetailsExtra] = Operation(
    method="getKworkDetailsExtra",
    auth="optional",
    replay_safe=True,
    params=(Param("kwork_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_kwork_details_extra.KworkDetailsExtra._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="KworkDetailsExtra",
)
