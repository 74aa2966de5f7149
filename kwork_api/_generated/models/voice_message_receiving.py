"""VoiceMessageReceiving: Whether others may send the user voice messages.

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
        "should_show_settings_popup",
        "is_receiving_setting_allowed",
        "is_receiving_allowed",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class VoiceMessageReceiving(KworkModel):
    """Whether others may send the user voice messages.

    Attributes:
        should_show_settings_popup: True when the app should ask the user to choose.
        is_receiving_setting_allowed: True when the user may change this setting.
        is_receiving_allowed: True when the user accepts voice messages.
    """

    should_show_settings_popup: bool | None = None
    is_receiving_setting_allowed: bool | None = None
    is_receiving_allowed: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("should_show_settings_popup", "should_show_settings_popup", "bool | None"),
        ("is_receiving_setting_allowed", "is_receiving_setting_allowed", "bool | None"),
        ("is_receiving_allowed", "is_receiving_allowed", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], VoiceMessageReceiving]]


def _from_wire(
    d: Any,
    where: str = "VoiceMessageReceiving",
    _new: Callable[[type[VoiceMessageReceiving]], VoiceMessageReceiving] = object.__new__,
    _s_should_show_settings_popup: Callable[
        [VoiceMessageReceiving, Any], None
    ] = VoiceMessageReceiving.__dict__["should_show_settings_popup"].__set__,
    _s_is_receiving_setting_allowed: Callable[
        [VoiceMessageReceiving, Any], None
    ] = VoiceMessageReceiving.__dict__["is_receiving_setting_allowed"].__set__,
    _s_is_receiving_allowed: Callable[[VoiceMessageReceiving, Any], None] = VoiceMessageReceiving.__dict__[
        "is_receiving_allowed"
    ].__set__,
    _s_additional_properties: Callable[[VoiceMessageReceiving, Any], None] = VoiceMessageReceiving.__dict__[
        "additional_properties"
    ].__set__,
) -> VoiceMessageReceiving:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_should_show_settings_popup = g("should_show_settings_popup")
    if f_should_show_settings_popup is not None and f_should_show_settings_popup.__class__ is not bool:
        f_should_show_settings_popup = _c.to_bool(
            f_should_show_settings_popup, "VoiceMessageReceiving.should_show_settings_popup"
        )
    f_is_receiving_setting_allowed = g("is_receiving_setting_allowed")
    if f_is_receiving_setting_allowed is not None and f_is_receiving_setting_allowed.__class__ is not bool:
        f_is_receiving_setting_allowed = _c.to_bool(
            f_is_receiving_setting_allowed, "VoiceMessageReceiving.is_receiving_setting_allowed"
        )
    f_is_receiving_allowed = g("is_receiving_allowed")
    if f_is_receiving_allowed is not None and f_is_receiving_allowed.__class__ is not bool:
        f_is_receiving_allowed = _c.to_bool(
            f_is_receiving_allowed, "VoiceMessageReceiving.is_receiving_allowed"
        )
    o = _new(VoiceMessageReceiving)
    _s_should_show_settings_popup(o, f_should_show_settings_popup)
    _s_is_receiving_setting_allowed(o, f_is_receiving_setting_allowed)
    _s_is_receiving_allowed(o, f_is_receiving_allowed)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


VoiceMessageReceiving._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
