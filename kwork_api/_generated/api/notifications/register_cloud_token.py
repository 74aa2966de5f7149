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
        Param("cloud_token", "cloud_token", "query", "plain", required=True),
        Param("os", "os", "query", "plain"),
        Param("os_version", "os_version", "query", "plain"),
        Param("device", "device", "query", "plain"),
        Param("app_version", "app_version", "query", "plain"),
        Param("uad", "uad", "query", "plain"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
