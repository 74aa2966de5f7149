"""VoiceMessageFeatures: What the user can do with voice messages.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import voice_message_receiving as _m_voice_message_receiving
from . import voice_message_speed_control as _m_voice_message_speed_control

if TYPE_CHECKING:
    from .voice_message_receiving import VoiceMessageReceiving
    from .voice_message_speed_control import VoiceMessageSpeedControl

_KNOWN = frozenset(
    {
        "is_voice_message_recording_available",
        "speed_control",
        "receiving_settings",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class VoiceMessageFeatures(KworkModel):
    """What the user can do with voice messages.

    Attributes:
        is_voice_message_recording_available: True when the user may record and send voice
            messages.
        speed_control: Playback speed settings.
        receiving_settings: Whether the user accepts voice messages.
    """

    is_voice_message_recording_available: bool | None = None
    speed_control: VoiceMessageSpeedControl | None = None
    receiving_settings: VoiceMessageReceiving | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("is_voice_message_recording_available", "is_voice_message_recording_available", "bool | None"),
        ("speed_control", "speed_control", "VoiceMessageSpeedControl | None"),
        ("receiving_settings", "receiving_settings", "VoiceMessageReceiving | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], VoiceMessageFeatures]]


def _from_wire(
    d: Any,
    where: str = "VoiceMessageFeatures",
    _new: Callable[[type[VoiceMessageFeatures]], VoiceMessageFeatures] = object.__new__,
    _s_is_voice_message_recording_available: Callable[
        [VoiceMessageFeatures, Any], None
    ] = VoiceMessageFeatures.__dict__["is_voice_message_recording_available"].__set__,
    _s_speed_control: Callable[[VoiceMessageFeatures, Any], None] = VoiceMessageFeatures.__dict__[
        "speed_control"
    ].__set__,
    _s_receiving_settings: Callable[[VoiceMessageFeatures, Any], None] = VoiceMessageFeatures.__dict__[
        "receiving_settings"
    ].__set__,
    _s_additional_properties: Callable[[VoiceMessageFeatures, Any], None] = VoiceMessageFeatures.__dict__[
        "additional_properties"
    ].__set__,
) -> VoiceMessageFeatures:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_is_voice_message_recording_available = g("is_voice_message_recording_available")
    if (
        f_is_voice_message_recording_available is not None
        and f_is_voice_message_recording_available.__class__ is not bool
    ):
        f_is_voice_message_recording_available = _c.to_bool(
            f_is_voice_message_recording_available,
            "VoiceMessageFeatures.is_voice_message_recording_available",
        )
    f_speed_control = g("speed_control")
    if f_speed_control is not None:
        f_speed_control = _c.to_model(
            f_speed_control,
            _m_voice_message_speed_control.VoiceMessageSpeedControl._from_wire,
            "VoiceMessageFeatures.speed_control",
        )
    f_receiving_settings = g("receiving_settings")
    if f_receiving_settings is not None:
        f_receiving_settings = _c.to_model(
            f_receiving_settings,
            _m_voice_message_receiving.VoiceMessageReceiving._from_wire,
            "VoiceMessageFeatures.receiving_settings",
        )
    o = _new(VoiceMessageFeatures)
    _s_is_voice_message_recording_available(o, f_is_voice_message_recording_available)
    _s_speed_control(o, f_speed_control)
    _s_receiving_settings(o, f_receiving_settings)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


VoiceMessageFeatures._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
