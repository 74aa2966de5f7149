"""`logout`: Sign out and revoke the token.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="logout",
    auth="required",
    replay_safe=False,
    params=(Param("push_token", "pushToken", "query", "plain", kind="str"),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session="end",
    returns="None",
)
