"""SecurityInfo: The signed-in account's security details.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import profile_completeness as _m_profile_completeness

if TYPE_CHECKING:
    from .profile_completeness import ProfileCompleteness

_KNOWN = frozenset(
    {
        "username",
        "username_changed",
        "username_change_available",
        "email",
        "phone",
        "confirmation_type",
        "is_available_kwork_creation",
        "is_profile_completed",
        "whatsapp_link",
        "telegram_bot_link",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class SecurityInfo(KworkModel):
    """The signed-in account's security details.

    Attributes:
        username: Login name.
        username_changed: True when the user name has been changed before.
        username_change_available: From when the user name may be changed (Unix time); null when
            nothing stops a change now.
        email: E-mail address of the account.
        phone: Phone number of the account.
        confirmation_type: How confirmation codes reach the phone, `call`, `sms` or `digits`.
        is_available_kwork_creation: True when the user may create kworks.
        is_profile_completed: Which parts of the profile are filled in.
        whatsapp_link: Link to Kwork's WhatsApp channel for this account.
        telegram_bot_link: Link to Kwork's Telegram bot for this account.
    """

    username: str | None = None
    username_changed: bool | None = None
    username_change_available: int | None = None
    email: str | None = None
    phone: str | None = None
    confirmation_type: str | None = None
    is_available_kwork_creation: bool | None = None
    is_profile_completed: ProfileCompleteness | None = None
    whatsapp_link: str | None = None
    telegram_bot_link: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("username", "username", "str | None"),
        ("username_changed", "username_changed", "bool | None"),
        ("username_change_available", "username_change_available", "int | None"),
        ("email", "email", "str | None"),
        ("phone", "phone", "str | None"),
        ("confirmation_type", "confirmation_type", "str | None"),
        ("is_available_kwork_creation", "is_available_kwork_creation", "bool | None"),
        ("is_profile_completed", "is_profile_completed", "ProfileCompleteness | None"),
        ("whatsapp_link", "whatsapp_link", "str | None"),
        ("telegram_bot_link", "telegram_bot_link", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], SecurityInfo]]


def _from_wire(
    d: Any,
    where: str = "SecurityInfo",
    _new: Callable[[type[SecurityInfo]], SecurityInfo] = object.__new__,
    _s_username: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__["username"].__set__,
    _s_username_changed: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__[
        "username_changed"
    ].__set__,
    _s_username_change_available: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__[
        "username_change_available"
    ].__set__,
    _s_email: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__["email"].__set__,
    _s_phone: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__["phone"].__set__,
    _s_confirmation_type: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__[
        "confirmation_type"
    ].__set__,
    _s_is_available_kwork_creation: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__[
        "is_available_kwork_creation"
    ].__set__,
    _s_is_profile_completed: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__[
        "is_profile_completed"
    ].__set__,
    _s_whatsapp_link: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__["whatsapp_link"].__set__,
    _s_telegram_bot_link: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__[
        "telegram_bot_link"
    ].__set__,
    _s_additional_properties: Callable[[SecurityInfo, Any], None] = SecurityInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> SecurityInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "SecurityInfo.username")
    f_username_changed = g("username_changed")
    if f_username_changed is not None and f_username_changed.__class__ is not bool:
        f_username_changed = _c.to_bool(f_username_changed, "SecurityInfo.username_changed")
    f_username_change_available = g("username_change_available")
    if f_username_change_available is not None and f_username_change_available.__class__ is not int:
        f_username_change_available = _c.to_int(
            f_username_change_available, "SecurityInfo.username_change_available"
        )
    f_email = g("email")
    if f_email is not None and f_email.__class__ is not str:
        f_email = _c.to_str(f_email, "SecurityInfo.email")
    f_phone = g("phone")
    if f_phone is not None and f_phone.__class__ is not str:
        f_phone = _c.to_str(f_phone, "SecurityInfo.phone")
    f_confirmation_type = g("confirmation_type")
    if f_confirmation_type is not None and f_confirmation_type.__class__ is not str:
        f_confirmation_type = _c.to_str(f_confirmation_type, "SecurityInfo.confirmation_type")
    f_is_available_kwork_creation = g("is_available_kwork_creation")
    if f_is_available_kwork_creation is not None and f_is_available_kwork_creation.__class__ is not bool:
        f_is_available_kwork_creation = _c.to_bool(
            f_is_available_kwork_creation, "SecurityInfo.is_available_kwork_creation"
        )
    f_is_profile_completed = g("is_profile_completed")
    if f_is_profile_completed is not None:
        f_is_profile_completed = _c.to_model(
            f_is_profile_completed,
            _m_profile_completeness.ProfileCompleteness._from_wire,
            "SecurityInfo.is_profile_completed",
        )
    f_whatsapp_link = g("whatsapp_link")
    if f_whatsapp_link is not None and f_whatsapp_link.__class__ is not str:
        f_whatsapp_link = _c.to_str(f_whatsapp_link, "SecurityInfo.whatsapp_link")
    f_telegram_bot_link = g("telegram_bot_link")
    if f_telegram_bot_link is not None and f_telegram_bot_link.__class__ is not str:
        f_telegram_bot_link = _c.to_str(f_telegram_bot_link, "SecurityInfo.telegram_bot_link")
    o = _new(SecurityInfo)
    _s_username(o, f_username)
    _s_username_changed(o, f_username_changed)
    _s_username_change_available(o, f_username_change_available)
    _s_email(o, f_email)
    _s_phone(o, f_phone)
    _s_confirmation_type(o, f_confirmation_type)
    _s_is_available_kwork_creation(o, f_is_available_kwork_creation)
    _s_is_profile_completed(o, f_is_profile_completed)
    _s_whatsapp_link(o, f_whatsapp_link)
    _s_telegram_bot_link(o, f_telegram_bot_link)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


SecurityInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
