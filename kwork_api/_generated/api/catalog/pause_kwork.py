"""`pauseKwork`: Pause one of your kworks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="pauseKwork",
    auth="required",
    replay_safe=False,
    params=(Param("kwork_id", "kwork_id", "query", "plain", kind="int", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
