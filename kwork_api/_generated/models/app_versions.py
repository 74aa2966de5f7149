"""AppVersions: Current versions of the mobile apps.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import app_notice as _m_app_notice

if TYPE_CHECKING:
    from .app_notice import AppNotice

_KNOWN = frozenset(
    {
        "current_version_ios",
        "current_version_android",
        "critical_update",
        "facebook",
        "notification",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class AppVersions(KworkModel):
    """Current versions of the mobile apps.

    Attributes:
        current_version_ios: Latest iOS app version, such as `4.0.0`.
        current_version_android: Latest Android app version, such as `2.7.2.0`.
        critical_update: True when older apps must update to keep working.
        facebook: True when signing in with Facebook is offered.
        notification: In-app notice to show, or None.
    """

    current_version_ios: str | None = None
    current_version_android: str | None = None
    critical_update: bool | None = None
    facebook: bool | None = None
    notification: AppNotice | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("current_version_ios", "current_version_ios", "str | None"),
        ("current_version_android", "current_version_android", "str | None"),
        ("critical_update", "critical_update", "bool | None"),
        ("facebook", "facebook", "bool | None"),
        ("notification", "notification", "AppNotice | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], AppVersions]]


def _from_wire(
    d: Any,
    where: str = "AppVersions",
    _new: Callable[[type[AppVersions]], AppVersions] = object.__new__,
    _s_current_version_ios: Callable[[AppVersions, Any], None] = AppVersions.__dict__[
        "current_version_ios"
    ].__set__,
    _s_current_version_android: Callable[[AppVersions, Any], None] = AppVersions.__dict__[
        "current_version_android"
    ].__set__,
    _s_critical_update: Callable[[AppVersions, Any], None] = AppVersions.__dict__["critical_update"].__set__,
    _s_facebook: Callable[[AppVersions, Any], None] = AppVersions.__dict__["facebook"].__set__,
    _s_notification: Callable[[AppVersions, Any], None] = AppVersions.__dict__["notification"].__set__,
    _s_additional_properties: Callable[[AppVersions, Any], None] = AppVersions.__dict__[
        "additional_properties"
    ].__set__,
) -> AppVersions:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_current_version_ios = g("current_version_ios")
    if f_current_version_ios is not None and f_current_version_ios.__class__ is not str:
        f_current_version_ios = _c.to_str(f_current_version_ios, "AppVersions.current_version_ios")
    f_current_version_android = g("current_version_android")
    if f_current_version_android is not None and f_current_version_android.__class__ is not str:
        f_current_version_android = _c.to_str(
            f_current_version_android, "AppVersions.current_version_android"
        )
    f_critical_update = g("critical_update")
    if f_critical_update is not None and f_critical_update.__class__ is not bool:
        f_critical_update = _c.to_bool(f_critical_update, "AppVersions.critical_update")
    f_facebook = g("facebook")
    if f_facebook is not None and f_facebook.__class__ is not bool:
        f_facebook = _c.to_bool(f_facebook, "AppVersions.facebook")
    f_notification = g("notification")
    if f_notification is not None:
        f_notification = _c.to_model(
            f_notification, _m_app_notice.AppNotice._from_wire, "AppVersions.notification"
        )
    o = _new(AppVersions)
    _s_current_version_ios(o, f_current_version_ios)
    _s_current_version_android(o, f_current_version_android)
    _s_critical_update(o, f_critical_update)
    _s_facebook(o, f_facebook)
    _s_notification(o, f_notification)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


AppVersions._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
