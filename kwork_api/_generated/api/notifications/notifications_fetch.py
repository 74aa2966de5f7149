"""`notificationsFetch`: List unread push events.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import push_events_response as _m_push_events_response

if TYPE_CHECKING:
    from ...models.push_events_response import PushEventsResponse

OPERATION: Operation[PushEventsResponse] = Operation(
    method="notificationsFetch",
    auth="required",
    replay_safe=True,
    params=(
        Param("page", "page", "query", "plain", kind="int"),
        Param("uad", "uad", "query", "plain", kind="str"),
        Param("make_online", "makeOnline", "query", "plain", kind="bool"),
    ),
    result="envelope",
    parse=_m_push_events_response.PushEventsResponse._from_wire,
    empty="page",
    paged="events",
    session=None,
    returns="PushEventsResponse",
)
