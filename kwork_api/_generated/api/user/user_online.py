"""`user_online`: Mark the signed-in user as online.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation

OPERATION: Operation[None] = Operation(
    method="user_online",
    auth="required",
    replay_safe=False,
    params=(),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
