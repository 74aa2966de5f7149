"""`notifications`: List the user's notifications.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import notifications_response as _m_notifications_response

if TYPE_CHECKING:
    from ...models.notifications_response import NotificationsResponse

OPERATION: Operation[NotificationsResponse] = Operation(
    method="notifications",
    auth="required",
    replay_safe=True,
    params=(Param("make_online", "makeOnline", "query", "plain", kind="bool"),),
    result="envelope",
    parse=_m_notifications_response.NotificationsResponse._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="NotificationsResponse",
)
