"""`changePassword`: Request a change of the account password.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="changePassword",
    auth="required",
    replay_safe=False,
    params=(Param("password", "password", "form", "plain", kind="str", required=True, secret=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
