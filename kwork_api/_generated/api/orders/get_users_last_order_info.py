"""`getUsersLastOrderInfo`: Get the last completed order with another user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import last_order_info as _m_last_order_info

if TYPE_CHECKING:
    from ...models.last_order_info import LastOrderInfo

OPERATION: Operation[LastOrderInfo | None] = Operation(
    method="getUsersLastOrderInfo",
    auth="required",
    replay_safe=True,
    params=(Param("interlocutor_id", "interlocutorId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_last_order_info.LastOrderInfo._from_wire,
    empty="none",
    paged=None,
    session=None,
    returns="LastOrderInfo | None",
)
