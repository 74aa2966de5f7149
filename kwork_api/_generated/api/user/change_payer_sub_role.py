"""`changePayerSubRole`: Switch the buyer sub-role of the account.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="changePayerSubRole",
    auth="required",
    replay_safe=False,
    params=(Param("payer_sub_role", "payerSubRole", "query", "plain", kind="int", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
