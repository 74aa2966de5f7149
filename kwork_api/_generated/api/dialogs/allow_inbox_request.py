"""`allowInboxRequest`: Accept or refuse a request to start a dialog.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="allowInboxRequest",
    auth="required",
    replay_safe=False,
    params=(
        Param("inbox_id", "inboxId", "query", "plain", kind="int", required=True),
        Param("is_accept", "isAccept", "query", "plain", kind="bool", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
