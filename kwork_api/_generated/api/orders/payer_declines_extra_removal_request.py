"""`payerDeclinesExtraRemovalRequest`: Refuse the freelancer's request to remove an extra.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="payerDeclinesExtraRemovalRequest",
    auth="required",
    replay_safe=False,
    params=(Param("track_id", "track_id", "query", "plain", kind="int", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
