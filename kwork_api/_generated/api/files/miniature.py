"""`miniature`: Download the thumbnail of an uploaded file.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[bytes] = Operation(
    method="miniature",
    auth="required",
    replay_safe=True,
    params=(Param("path", "path", "query", "plain", kind="str", required=True),),
    result="binary",
    parse=None,
    empty="error",
    paged=None,
    session=None,
    returns="bytes",
)
