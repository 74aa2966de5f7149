"""`getArbitrationReasons`: List the reasons the user can give to send an order to arbitration.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import arbitration_reason as _m_arbitration_reason

if TYPE_CHECKING:
    from ...models.arbitration_reason import ArbitrationReason

OPERATION: Operation[list[ArbitrationReason]] = Operation(
    method="getArbitrationReasons",
    auth="required",
    replay_safe=True,
    params=(Param("order_id", "orderId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_arbitration_reason.ArbitrationReason._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[ArbitrationReason]",
)
