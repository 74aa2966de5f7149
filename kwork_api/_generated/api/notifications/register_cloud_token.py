"""`registerCloudToken`: Register a device for push notifications.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="registerCloudToken",
    auth="required",
    replay_safe=False,
    params=(
        Param("cloud_token", "cloud_token", "query", "plain", kind="str", required=True),
        Param("os", "os", "query", "plain", kind="str"),
        Param("os_version", "os_version", "query", "plain", kind="str"),
        Param("device", "device", "query", "plain", kind="str"),
        Param("app_version", "app_version", "query", "plain", kind="str"),
        Param("uad", "uad", "query", "plain", kind="str"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
