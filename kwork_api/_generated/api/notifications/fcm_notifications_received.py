"""`fcmNotificationsReceived`: Confirm push messages as delivered.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="fcmNotificationsReceived",
    auth="required",
    replay_safe=False,
    params=(Param("message_ids", "messageIds[]", "query", "repeat", kind="str", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
