"""`fcmTokenRequestFailed`: Report that a push token could not be obtained.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="fcmTokenRequestFailed",
    auth="required",
    replay_safe=False,
    params=(
        Param("os", "os", "query", "plain", kind="str", required=True),
        Param("os_version", "os_version", "query", "plain", kind="str", required=True),
        Param("device", "device", "query", "plain", kind="str", required=True),
        Param("app_version", "app_version", "query", "plain", kind="str", required=True),
        Param("uad", "uad", "query", "plain", kind="str", required=True),
        Param("cancel_reason", "cancel_reason", "query", "plain", kind="str", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
