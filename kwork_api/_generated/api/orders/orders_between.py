"""`ordersBetween`: List active orders between the user and another user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import order_summary as _m_order_summary

if TYPE_CHECKING:
    from ...models.order_summary import OrderSummary

OPERATION: Operation[list[OrderSummary]] = Operation(
    method="ordersBetween",
    auth="required",
    replay_safe=True,
    params=(Param("user_id", "user_id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_order_summary.OrderSummary._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[OrderSummary]",
)
