"""`uploadLog`: Upload an app log for support.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="uploadLog",
    auth="optional",
    replay_safe=False,
    params=(
        Param("file", "upload_files", "multipart", "file", required=True),
        Param("device_id", "deviceId", "multipart", "plain", kind="str", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
