"""`offline`: Mark the signed-in user as offline.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation

OPERATION: Operation[None] = Operation(
    method="offline",
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
