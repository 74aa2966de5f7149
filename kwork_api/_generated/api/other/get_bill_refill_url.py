"""`getBillRefillUrl`: Get a Yescrow payment link to top up the balance.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import yescrow_refill_link as _m_yescrow_refill_link

if TYPE_CHECKING:
    from ...models.yescrow_refill_link import YescrowRefillLink

OPERATION: Operation[YescrowRefillLink] = Operation(
    method="getBillRefillUrl",
    auth="required",
    replay_safe=False,
    params=(Param("sum", "sum", "query", "plain", kind="float"),),
    result="data",
    parse=_m_yescrow_refill_link.YescrowRefillLink._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="YescrowRefillLink",
)
