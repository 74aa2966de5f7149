"""RealtimeChannel: The user's channel on the real-time websocket.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("channel", "channel", "str | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], RealtimeChannel]]


def _from_wire(
    d: Any,
    where: str = "RealtimeChannel",
    _new: Callable[[type[RealtimeChannel]], RealtimeChannel] = object.__new__,
    _s_channel: Callable[[RealtimeChannel, Any], None] = RealtimeChannel.__dict__["channel"].__set__,
    _s_additional_properties: Callable[[RealtimeChannel, Any], None] = RealtimeChannel.__dict__[
        "additional_properties"
    ].__set__,
) -> RealtimeChannel:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_channel = g("channel")
    if f_channel is not None and f_channel.__class__ is not str:
        f_channel = _c.to_str(f_channel, "RealtimeChannel.channel")
    o = _new(RealtimeChannel)
    _s_channel(o, f_channel)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


RealtimeChannel._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
