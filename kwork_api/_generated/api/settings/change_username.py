"""`changeUsername`: Change the account's login name.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="changeUsername",
    auth="required",
    replay_safe=False,
    params=(Param("username", "username", "form", "plain", kind="str", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
