"""VoiceSpeed: The user's playback speed for voice messages.

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
        "speed",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class VoiceSpeed(KworkModel):
    """The user's playback speed for voice messages.

    Attributes:
        speed: Playback speed factor.
    """

    speed: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("speed", "speed", "float | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], VoiceSpeed]]


def _from_wire(
    d: Any,
    where: str = "VoiceSpeed",
    _new: Callable[[type[VoiceSpeed]], VoiceSpeed] = object.__new__,
    _s_speed: Callable[[VoiceSpeed, Any], None] = VoiceSpeed.__dict__["speed"].__set__,
    _s_additional_properties: Callable[[VoiceSpeed, Any], None] = VoiceSpeed.__dict__[
        "additional_properties"
    ].__set__,
) -> VoiceSpeed:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_speed = g("speed")
    if f_speed is not None and f_speed.__class__ is not float and f_speed.__class__ is not int:
        f_speed = _c.to_float(f_speed, "VoiceSpeed.speed")
    o = _new(VoiceSpeed)
    _s_speed(o, f_speed)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


VoiceSpeed._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
