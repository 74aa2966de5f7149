"""VoiceMessageSpeedControl: Voice message playback speed.

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
        "is_available",
        "speed",
        "available_speeds",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class VoiceMessageSpeedControl(KworkModel):
    """Voice message playback speed.

    Attributes:
        is_available: True when the user may change the playback speed.
        speed: Current playback speed, as a multiple of normal speed (1 is normal).
        available_speeds: Speeds the user can choose from.
    """

    is_available: bool | None = None
    speed: float | None = None
    available_speeds: list[float] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("is_available", "is_available", "bool | None"),
        ("speed", "speed", "float | None"),
        ("available_speeds", "available_speeds", "list[float] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], VoiceMessageSpeedControl]]


def _from_wire(
    d: Any,
    where: str = "VoiceMessageSpeedControl",
    _new: Callable[[type[VoiceMessageSpeedControl]], VoiceMessageSpeedControl] = object.__new__,
    _s_is_available: Callable[[VoiceMessageSpeedControl, Any], None] = VoiceMessageSpeedControl.__dict__[
        "is_available"
    ].__set__,
    _s_speed: Callable[[VoiceMessageSpeedControl, Any], None] = VoiceMessageSpeedControl.__dict__[
        "speed"
    ].__set__,
    _s_available_speeds: Callable[[VoiceMessageSpeedControl, Any], None] = VoiceMessageSpeedControl.__dict__[
        "available_speeds"
    ].__set__,
    _s_additional_properties: Callable[
        [VoiceMessageSpeedControl, Any], None
    ] = VoiceMessageSpeedControl.__dict__["additional_properties"].__set__,
) -> VoiceMessageSpeedControl:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_is_available = g("is_available")
    if f_is_available is not None and f_is_available.__class__ is not bool:
        f_is_available = _c.to_bool(f_is_available, "VoiceMessageSpeedControl.is_available")
    f_speed = g("speed")
    if f_speed is not None and f_speed.__class__ is not float and f_speed.__class__ is not int:
        f_speed = _c.to_float(f_speed, "VoiceMessageSpeedControl.speed")
    f_available_speeds = g("available_speeds")
    if f_available_speeds is not None:
        f_available_speeds = _c.to_list(
            f_available_speeds, _c.to_float, "VoiceMessageSpeedControl.available_speeds"
        )
    o = _new(VoiceMessageSpeedControl)
    _s_is_available(o, f_is_available)
    _s_speed(o, f_speed)
    _s_available_speeds(o, f_available_speeds)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


VoiceMessageSpeedControl._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
