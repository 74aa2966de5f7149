"""`inboxDelete`: Delete a sent message.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="inboxDelete",
    auth="required",
    replay_safe=False,
    params=(
        Param("message_id", "id", "query", "plain", kind="int", required=True),
        Param("with_tracks", "withTracks", "query", "plain", kind="bool"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
