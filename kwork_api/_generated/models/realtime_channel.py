"""RealtimeChannel: The user's channel on the real-time websocket.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "channel",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class RealtimeChannel(KworkModel):
    """The user's channel on the real-time websocket.

    Attributes:
        channel: Channel id; connect to `wss://notice.kwork.ru/ws/public/<channel>`.
    """

    channel: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("channel", "channel", "str | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "RealtimeChannel") -> RealtimeChannel:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_channel = g("channel")
        if f_channel is not None and f_channel.__class__ is not str:
            f_channel = _c.to_str(f_channel, "RealtimeChannel.channel")
        extra = d.keys() - _KNOWN
        return RealtimeChannel(
            f_channel,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
