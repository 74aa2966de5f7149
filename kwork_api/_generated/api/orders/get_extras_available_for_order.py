"""`getExtrasAvailableForOrder`: List the extras that can still be added to an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import available_extra as _m_available_extra

if TYPE_CHECKING:
    from ...models.available_extra import AvailableExtra

OPERATION: Operation[list[AvailableExtra]] = Operation(
    method="getExtrasAvailableForOrder",
    auth="required",
    replay_safe=True,
    params=(Param("order_id", "orderId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_available_extra.AvailableExtra._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[AvailableExtra]",
)
