"""`setAvailableAtWeekends`: Set whether the seller's kworks can be ordered at weekends.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="setAvailableAtWeekends",
    auth="required",
    replay_safe=False,
    params=(Param("available", "available", "query", "plain", kind="bool", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
