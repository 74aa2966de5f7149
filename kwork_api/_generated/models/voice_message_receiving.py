"""VoiceMessageReceiving: Whether others may send the user voice messages.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("should_show_settings_popup", "should_show_settings_popup", "bool | None"),
        ("is_receiving_setting_allowed", "is_receiving_setting_allowed", "bool | None"),
        ("is_receiving_allowed", "is_receiving_allowed", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "VoiceMessageReceiving") -> VoiceMessageReceiving:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_should_show_settings_popup = g("should_show_settings_popup")
        if f_should_show_settings_popup is not None and f_should_show_settings_popup.__class__ is not bool:
            f_should_show_settings_popup = _c.to_bool(
                f_should_show_settings_popup, "VoiceMessageReceiving.should_show_settings_popup"
            )
        f_is_receiving_setting_allowed = g("is_receiving_setting_allowed")
        if (
            f_is_receiving_setting_allowed is not None
            and f_is_receiving_setting_allowed.__class__ is not bool
        ):
            f_is_receiving_setting_allowed = _c.to_bool(
                f_is_receiving_setting_allowed, "VoiceMessageReceiving.is_receiving_setting_allowed"
            )
        f_is_receiving_allowed = g("is_receiving_allowed")
        if f_is_receiving_allowed is not None and f_is_receiving_allowed.__class__ is not bool:
            f_is_receiving_allowed = _c.to_bool(
                f_is_receiving_allowed, "VoiceMessageReceiving.is_receiving_allowed"
            )
        extra = d.keys() - _KNOWN
        return VoiceMessageReceiving(
            f_should_show_settings_popup,
            f_is_receiving_setting_allowed,
            f_is_receiving_allowed,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
