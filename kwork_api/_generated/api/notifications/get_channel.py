"""`getChannel`: Get the user's real-time channel.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import realtime_channel as _m_realtime_channel

if TYPE_CHECKING:
    from ...models.realtime_channel import RealtimeChannel

OPERATION: Operation[RealtimeChannel] = Operation(
    method="getChannel",
    auth="required",
    replay_safe=True,
    params=(
        Param("uad", "uad", "query", "plain", kind="str"),
        Param("make_online", "makeOnline", "query", "plain", kind="bool"),
    ),
    result="data",
    parse=_m_realtime_channel.RealtimeChannel._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="RealtimeChannel",
)
