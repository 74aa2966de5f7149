"""Feature: Features and experiments enabled for a user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import feature_switches as _m_feature_switches
from . import self_employed_prompts as _m_self_employed_prompts
from . import voice_message_features as _m_voice_message_features

if TYPE_CHECKING:
    from .feature_switches import FeatureSwitches
    from .self_employed_prompts import SelfEmployedPrompts
    from .voice_message_features import VoiceMessageFeatures

_KNOWN = frozenset(
    {
        "voice_messages",
        "self_employed",
        "features",
        "is_support_dialog_available",
        "test_groups",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Feature(KworkModel):
    """Features and experiments enabled for a user.

    Attributes:
        voice_messages: Voice message abilities and settings.
        self_employed: Prompts about self-employed or sole-proprietor status.
        features: Other site features turned on or off.
        is_support_dialog_available: True when the user can chat with support in a dialog.
        test_groups: A/B experiments by name, true for those the user takes part in (such as
            `mobile_android_pagination`). PHP sends an empty list when there are none.
    """

    voice_messages: VoiceMessageFeatures | None = None
    self_employed: SelfEmployedPrompts | None = None
    features: FeatureSwitches | None = None
    is_support_dialog_available: bool | None = None
    test_groups: dict[str, bool] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("voice_messages", "voice_messages", "VoiceMessageFeatures | None"),
        ("self_employed", "self_employed", "SelfEmployedPrompts | None"),
        ("features", "features", "FeatureSwitches | None"),
        ("is_support_dialog_available", "is_support_dialog_available", "bool | None"),
        ("test_groups", "test_groups", "dict[str, bool] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Feature]]


def _from_wire(
    d: Any,
    where: str = "Feature",
    _new: Callable[[type[Feature]], Feature] = object.__new__,
    _s_voice_messages: Callable[[Feature, Any], None] = Feature.__dict__["voice_messages"].__set__,
    _s_self_employed: Callable[[Feature, Any], None] = Feature.__dict__["self_employed"].__set__,
    _s_features: Callable[[Feature, Any], None] = Feature.__dict__["features"].__set__,
    _s_is_support_dialog_available: Callable[[Feature, Any], None] = Feature.__dict__[
        "is_support_dialog_available"
    ].__set__,
    _s_test_groups: Callable[[Feature, Any], None] = Feature.__dict__["test_groups"].__set__,
    _s_additional_properties: Callable[[Feature, Any], None] = Feature.__dict__[
        "additional_properties"
    ].__set__,
) -> Feature:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_voice_messages = g("voice_messages")
    if f_voice_messages is not None:
        f_voice_messages = _c.to_model(
            f_voice_messages,
            _m_voice_message_features.VoiceMessageFeatures._from_wire,
            "Feature.voice_messages",
        )
    f_self_employed = g("self_employed")
    if f_self_employed is not None:
        f_self_employed = _c.to_model(
            f_self_employed, _m_self_employed_prompts.SelfEmployedPrompts._from_wire, "Feature.self_employed"
        )
    f_features = g("features")
    if f_features is not None:
        f_features = _c.to_model(
            f_features, _m_feature_switches.FeatureSwitches._from_wire, "Feature.features"
        )
    f_is_support_dialog_available = g("is_support_dialog_available")
    if f_is_support_dialog_available is not None and f_is_support_dialog_available.__class__ is not bool:
        f_is_support_dialog_available = _c.to_bool(
            f_is_support_dialog_available, "Feature.is_support_dialog_available"
        )
    f_test_groups = g("test_groups")
    if f_test_groups is not None:
        f_test_groups = _c.to_map(f_test_groups, _c.to_bool, "Feature.test_groups")
    o = _new(Feature)
    _s_voice_messages(o, f_voice_messages)
    _s_self_employed(o, f_self_employed)
    _s_features(o, f_features)
    _s_is_support_dialog_available(o, f_is_support_dialog_available)
    _s_test_groups(o, f_test_groups)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Feature._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
