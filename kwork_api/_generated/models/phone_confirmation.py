"""PhoneConfirmation: How a phone confirmation code was sent.

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
        "timeout",
        "confirmation_type",
        "whatsapp_link",
        "telegram_bot_link",
        "phone",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PhoneConfirmation(KworkModel):
    """How a phone confirmation code was sent.

    Attributes:
        timeout_: Seconds before another code may be requested. Wire name: `timeout`.
        confirmation_type: How the code is delivered, such as `sms`, `call` (a call whose number
            holds the code) or `digits`.
        whatsapp_link: Link that opens WhatsApp to receive the code there, when offered.
        telegram_bot_link: Link to the Telegram bot that sends the code, when offered.
        phone: The phone number the code went to, partly masked.
    """

    timeout_: int | None = None
    confirmation_type: str | None = None
    whatsapp_link: str | None = None
    telegram_bot_link: str | None = None
    phone: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("timeout_", "timeout", "int | None"),
        ("confirmation_type", "confirmation_type", "str | None"),
        ("whatsapp_link", "whatsapp_link", "str | None"),
        ("telegram_bot_link", "telegram_bot_link", "str | None"),
        ("phone", "phone", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PhoneConfirmation]]


def _from_wire(
    d: Any,
    where: str = "PhoneConfirmation",
    _new: Callable[[type[PhoneConfirmation]], PhoneConfirmation] = object.__new__,
    _s_timeout_: Callable[[PhoneConfirmation, Any], None] = PhoneConfirmation.__dict__["timeout_"].__set__,
    _s_confirmation_type: Callable[[PhoneConfirmation, Any], None] = PhoneConfirmation.__dict__[
        "confirmation_type"
    ].__set__,
    _s_whatsapp_link: Callable[[PhoneConfirmation, Any], None] = PhoneConfirmation.__dict__[
        "whatsapp_link"
    ].__set__,
    _s_telegram_bot_link: Callable[[PhoneConfirmation, Any], None] = PhoneConfirmation.__dict__[
        "telegram_bot_link"
    ].__set__,
    _s_phone: Callable[[PhoneConfirmation, Any], None] = PhoneConfirmation.__dict__["phone"].__set__,
    _s_additional_properties: Callable[[PhoneConfirmation, Any], None] = PhoneConfirmation.__dict__[
        "additional_properties"
    ].__set__,
) -> PhoneConfirmation:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_timeout_ = g("timeout")
    if f_timeout_ is not None and f_timeout_.__class__ is not int:
        f_timeout_ = _c.to_int(f_timeout_, "PhoneConfirmation.timeout_")
    f_confirmation_type = g("confirmation_type")
    if f_confirmation_type is not None and f_confirmation_type.__class__ is not str:
        f_confirmation_type = _c.to_str(f_confirmation_type, "PhoneConfirmation.confirmation_type")
    f_whatsapp_link = g("whatsapp_link")
    if f_whatsapp_link is not None and f_whatsapp_link.__class__ is not str:
        f_whatsapp_link = _c.to_str(f_whatsapp_link, "PhoneConfirmation.whatsapp_link")
    f_telegram_bot_link = g("telegram_bot_link")
    if f_telegram_bot_link is not None and f_telegram_bot_link.__class__ is not str:
        f_telegram_bot_link = _c.to_str(f_telegram_bot_link, "PhoneConfirmation.telegram_bot_link")
    f_phone = g("phone")
    if f_phone is not None and f_phone.__class__ is not str:
        f_phone = _c.to_str(f_phone, "PhoneConfirmation.phone")
    o = _new(PhoneConfirmation)
    _s_timeout_(o, f_timeout_)
    _s_confirmation_type(o, f_confirmation_type)
    _s_whatsapp_link(o, f_whatsapp_link)
    _s_telegram_bot_link(o, f_telegram_bot_link)
    _s_phone(o, f_phone)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PhoneConfirmation._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
