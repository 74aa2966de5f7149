"""`allowMobilePush`: Turn push notifications to the mobile app on or off.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="allowMobilePush",
    auth="required",
    replay_safe=False,
    params=(Param("allow", "allow", "query", "plain", kind="bool", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
