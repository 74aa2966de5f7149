"""`pushInAppNotificationLog`: Record what the user did with an in-app announcement.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="pushInAppNotificationLog",
    auth="optional",
    replay_safe=False,
    params=(
        Param("notification_id", "notificationId", "query", "plain", kind="int", required=True),
        Param("action", "action", "query", "plain", kind="int", required=True),
        Param("previous_show_date", "previousShowDate", "query", "plain", kind="int"),
        Param("uad", "uad", "query", "plain", kind="str"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
