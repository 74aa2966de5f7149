"""`deleteOffer`: Withdraw one of your offers on a project.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="deleteOffer",
    auth="required",
    replay_safe=False,
    params=(Param("offer_id", "id", "query", "plain", kind="int", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
