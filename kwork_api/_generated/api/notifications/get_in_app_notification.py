"""`getInAppNotification`: Get the in-app announcement to show, if any.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import in_app_notification as _m_in_app_notification

if TYPE_CHECKING:
    from ...models.in_app_notification import InAppNotification

OPERATION: Operation[InAppNotification | None] = Operation(
    method="getInAppNotification",
    auth="optional",
    replay_safe=True,
    params=(
        Param("os_type", "os_type", "query", "plain", kind="str", required=True),
        Param("os_version", "os_version", "query", "plain", kind="str", required=True),
        Param("app_version", "app_version", "query", "plain", kind="str", required=True),
        Param("uad", "uad", "query", "plain", kind="str"),
        Param("last_notification_type", "lastNotificationType", "query", "plain", kind="str"),
        Param("last_notification_id", "lastNotificationId", "query", "plain", kind="int"),
        Param(
            "last_notification_action_timestamp",
            "lastNotificationActionTimestamp",
            "query",
            "plain",
            kind="int",
        ),
        Param("last_notification_action_id", "lastNotificationActionId", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_m_in_app_notification.InAppNotification._from_wire,
    empty="none",
    paged=None,
    session=None,
    returns="InAppNotification | None",
)
