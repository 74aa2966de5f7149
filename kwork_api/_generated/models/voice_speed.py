"""VoiceSpeed: The user's playback speed for voice messages.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("speed", "speed", "float | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "VoiceSpeed") -> VoiceSpeed:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_speed = g("speed")
        if f_speed is not None and f_speed.__class__ is not float:
            f_speed = _c.to_float(f_speed, "VoiceSpeed.speed")
        extra = d.keys() - _KNOWN
        return VoiceSpeed(
            f_speed,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
