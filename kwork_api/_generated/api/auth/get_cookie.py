"""`getCookie`: Get website session cookies for the token.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation

OPERATION: Operation[None] = Operation(
    method="getCookie",
    auth="required",
    replay_safe=True,
    params=(),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
