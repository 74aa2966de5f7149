"""`setTakingOrders`: Set whether the freelancer takes new orders.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="setTakingOrders",
    auth="required",
    replay_safe=False,
    params=(
        Param("status", "status", "query", "plain", kind="str", required=True),
        Param("switch_all", "switchAll", "query", "plain", kind="bool"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
