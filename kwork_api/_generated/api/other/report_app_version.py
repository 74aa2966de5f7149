"""`reportAppVersion`: Tell the server which app version runs on a device.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="reportAppVersion",
    auth="required",
    replay_safe=False,
    params=(
        Param("cloud_token", "cloud_token", "query", "plain", kind="str", required=True, secret=True),
        Param("app_version", "app_version", "query", "plain", kind="str", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
