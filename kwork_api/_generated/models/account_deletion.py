"""AccountDeletion: Where an account deletion stands.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import account_deletion_order as _m_account_deletion_order

if TYPE_CHECKING:
    from .account_deletion_order import AccountDeletionOrder

_KNOWN = frozenset(
    {
        "confirmation_type",
        "timeout",
        "phoneMask",
        "transportType",
        "telegramBotLink",
        "whatsappLink",
        "orders",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class AccountDeletion(KworkModel):
    """Where an account deletion stands.

    Attributes:
        confirmation_type: How the confirmation code was sent, `sms` or `email`, or `deleted`
            when the account is deleted.
        timeout_: Seconds before another code may be requested. Wire name: `timeout`.
        phone_mask: The phone number the code went to, partly masked, when sent by phone. Wire
            name: `phoneMask`.
        transport_type: Channel used for a phone code, such as SMS or a messenger. Wire name:
            `transportType`.
        telegram_bot_link: Link to the Telegram bot that sends the code, when offered. Wire
            name: `telegramBotLink`.
        whatsapp_link: Link that opens WhatsApp to receive the code there, when offered. Wire
            name: `whatsappLink`.
        orders: Orders still in progress on the account.
    """

    confirmation_type: str | None = None
    timeout_: int | None = None
    phone_mask: str | None = None
    transport_type: str | None = None
    telegram_bot_link: str | None = None
    whatsapp_link: str | None = None
    orders: list[AccountDeletionOrder] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("confirmation_type", "confirmation_type", "str | None"),
        ("timeout_", "timeout", "int | None"),
        ("phone_mask", "phoneMask", "str | None"),
        ("transport_type", "transportType", "str | None"),
        ("telegram_bot_link", "telegramBotLink", "str | None"),
        ("whatsapp_link", "whatsappLink", "str | None"),
        ("orders", "orders", "list[AccountDeletionOrder] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], AccountDeletion]]


def _from_wire(
    d: Any,
    where: str = "AccountDeletion",
    _new: Callable[[type[AccountDeletion]], AccountDeletion] = object.__new__,
    _s_confirmation_type: Callable[[AccountDeletion, Any], None] = AccountDeletion.__dict__[
        "confirmation_type"
    ].__set__,
    _s_timeout_: Callable[[AccountDeletion, Any], None] = AccountDeletion.__dict__["timeout_"].__set__,
    _s_phone_mask: Callable[[AccountDeletion, Any], None] = AccountDeletion.__dict__["phone_mask"].__set__,
    _s_transport_type: Callable[[AccountDeletion, Any], None] = AccountDeletion.__dict__[
        "transport_type"
    ].__set__,
    _s_telegram_bot_link: Callable[[AccountDeletion, Any], None] = AccountDeletion.__dict__[
        "telegram_bot_link"
    ].__set__,
    _s_whatsapp_link: Callable[[AccountDeletion, Any], None] = AccountDeletion.__dict__[
        "whatsapp_link"
    ].__set__,
    _s_orders: Callable[[AccountDeletion, Any], None] = AccountDeletion.__dict__["orders"].__set__,
    _s_additional_properties: Callable[[AccountDeletion, Any], None] = AccountDeletion.__dict__[
        "additional_properties"
    ].__set__,
) -> AccountDeletion:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_confirmation_type = g("confirmation_type")
    if f_confirmation_type is not None and f_confirmation_type.__class__ is not str:
        f_confirmation_type = _c.to_str(f_confirmation_type, "AccountDeletion.confirmation_type")
    f_timeout_ = g("timeout")
    if f_timeout_ is not None and f_timeout_.__class__ is not int:
        f_timeout_ = _c.to_int(f_timeout_, "AccountDeletion.timeout_")
    f_phone_mask = g("phoneMask")
    if f_phone_mask is not None and f_phone_mask.__class__ is not str:
        f_phone_mask = _c.to_str(f_phone_mask, "AccountDeletion.phone_mask")
    f_transport_type = g("transportType")
    if f_transport_type is not None and f_transport_type.__class__ is not str:
        f_transport_type = _c.to_str(f_transport_type, "AccountDeletion.transport_type")
    f_telegram_bot_link = g("telegramBotLink")
    if f_telegram_bot_link is not None and f_telegram_bot_link.__class__ is not str:
        f_telegram_bot_link = _c.to_str(f_telegram_bot_link, "AccountDeletion.telegram_bot_link")
    f_whatsapp_link = g("whatsappLink")
    if f_whatsapp_link is not None and f_whatsapp_link.__class__ is not str:
        f_whatsapp_link = _c.to_str(f_whatsapp_link, "AccountDeletion.whatsapp_link")
    f_orders = g("orders")
    if f_orders is not None:
        if f_orders.__class__ is list:
            f_orders = list(map(_m_account_deletion_order.AccountDeletionOrder._from_wire, f_orders))
        else:
            f_orders = _c.to_list(
                f_orders, _m_account_deletion_order.AccountDeletionOrder._from_wire, "AccountDeletion.orders"
            )
    o = _new(AccountDeletion)
    _s_confirmation_type(o, f_confirmation_type)
    _s_timeout_(o, f_timeout_)
    _s_phone_mask(o, f_phone_mask)
    _s_transport_type(o, f_transport_type)
    _s_telegram_bot_link(o, f_telegram_bot_link)
    _s_whatsapp_link(o, f_whatsapp_link)
    _s_orders(o, f_orders)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


AccountDeletion._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
