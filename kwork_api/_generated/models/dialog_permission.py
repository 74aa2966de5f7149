"""DialogPermission: Whether the signed-in user may write to a user, and the receiver's availability.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import private_message_status_codes as _m_private_message_status_codes

if TYPE_CHECKING:
    from .private_message_status_codes import PrivateMessageStatusCodes

_KNOWN = frozenset(
    {
        "privateMessageStatuses",
        "privateMessageStatus",
        "showInboxAllowModal",
        "isPageNeedSmsVerification",
        "isSmsVerified",
        "receivedLastOnline",
        "isOnline",
        "currentUserTime",
        "isDaytime",
        "workTime",
        "responseTime",
        "hasDialog",
        "utcOffset",
        "userUtcOffset",
        "sellerIsNotAvailable",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogPermission(KworkModel):
    """Whether the signed-in user may write to a user, and the receiver's availability.

    Attributes:
        private_message_statuses: Every reason code by name, for reading `privateMessageStatus`.
            Wire name: `privateMessageStatuses`.
        private_message_status: Current reason code; equals `privateMessageStatuses.default`
            when writing is allowed. Wire name: `privateMessageStatus`.
        show_inbox_allow_modal: True when the app should ask the user to confirm starting the
            dialog. Wire name: `showInboxAllowModal`.
        is_page_need_sms_verification: True when sending from here requires a phone confirmed by
            SMS. Wire name: `isPageNeedSmsVerification`.
        is_sms_verified: True when the signed-in user's phone is confirmed by SMS. Wire name:
            `isSmsVerified`.
        received_last_online: When the receiver was last online (Unix time). Wire name:
            `receivedLastOnline`.
        is_online: True while the receiver is online. Wire name: `isOnline`.
        current_user_time: The receiver's current local time (Unix time shifted to their time
            zone). Wire name: `currentUserTime`.
        is_daytime: True when it is daytime where the receiver is. Wire name: `isDaytime`.
        work_time: The receiver's working hours, as display text. Wire name: `workTime`.
        response_time: How fast the receiver usually answers, as display text. Wire name:
            `responseTime`.
        has_dialog: True when a dialog with the receiver already exists. Wire name: `hasDialog`.
        utc_offset: Time difference between the signed-in user and the receiver. Wire name:
            `utcOffset`.
        user_utc_offset: The receiver's offset from UTC. Wire name: `userUtcOffset`.
        seller_is_not_available: True when the receiver, a seller, is not taking work now. Wire
            name: `sellerIsNotAvailable`.
    """

    private_message_statuses: PrivateMessageStatusCodes | None = None
    private_message_status: int | None = None
    show_inbox_allow_modal: bool | None = None
    is_page_need_sms_verification: bool | None = None
    is_sms_verified: bool | None = None
    received_last_online: int | None = None
    is_online: bool | None = None
    current_user_time: int | None = None
    is_daytime: bool | None = None
    work_time: str | None = None
    response_time: str | None = None
    has_dialog: bool | None = None
    utc_offset: int | None = None
    user_utc_offset: int | None = None
    seller_is_not_available: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("private_message_statuses", "privateMessageStatuses", "PrivateMessageStatusCodes | None"),
        ("private_message_status", "privateMessageStatus", "int | None"),
        ("show_inbox_allow_modal", "showInboxAllowModal", "bool | None"),
        ("is_page_need_sms_verification", "isPageNeedSmsVerification", "bool | None"),
        ("is_sms_verified", "isSmsVerified", "bool | None"),
        ("received_last_online", "receivedLastOnline", "int | None"),
        ("is_online", "isOnline", "bool | None"),
        ("current_user_time", "currentUserTime", "int | None"),
        ("is_daytime", "isDaytime", "bool | None"),
        ("work_time", "workTime", "str | None"),
        ("response_time", "responseTime", "str | None"),
        ("has_dialog", "hasDialog", "bool | None"),
        ("utc_offset", "utcOffset", "int | None"),
        ("user_utc_offset", "userUtcOffset", "int | None"),
        ("seller_is_not_available", "sellerIsNotAvailable", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], DialogPermission]]


def _from_wire(
    d: Any,
    where: str = "DialogPermission",
    _new: Callable[[type[DialogPermission]], DialogPermission] = object.__new__,
    _s_private_message_statuses: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "private_message_statuses"
    ].__set__,
    _s_private_message_status: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "private_message_status"
    ].__set__,
    _s_show_inbox_allow_modal: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "show_inbox_allow_modal"
    ].__set__,
    _s_is_page_need_sms_verification: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "is_page_need_sms_verification"
    ].__set__,
    _s_is_sms_verified: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "is_sms_verified"
    ].__set__,
    _s_received_last_online: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "received_last_online"
    ].__set__,
    _s_is_online: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__["is_online"].__set__,
    _s_current_user_time: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "current_user_time"
    ].__set__,
    _s_is_daytime: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__["is_daytime"].__set__,
    _s_work_time: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__["work_time"].__set__,
    _s_response_time: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "response_time"
    ].__set__,
    _s_has_dialog: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__["has_dialog"].__set__,
    _s_utc_offset: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__["utc_offset"].__set__,
    _s_user_utc_offset: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "user_utc_offset"
    ].__set__,
    _s_seller_is_not_available: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "seller_is_not_available"
    ].__set__,
    _s_additional_properties: Callable[[DialogPermission, Any], None] = DialogPermission.__dict__[
        "additional_properties"
    ].__set__,
) -> DialogPermission:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_private_message_statuses = g("privateMessageStatuses")
    if f_private_message_statuses is not None:
        f_private_message_statuses = _c.to_model(
            f_private_message_statuses,
            _m_private_message_status_codes.PrivateMessageStatusCodes._from_wire,
            "DialogPermission.private_message_statuses",
        )
    f_private_message_status = g("privateMessageStatus")
    if f_private_message_status is not None and f_private_message_status.__class__ is not int:
        f_private_message_status = _c.to_int(
            f_private_message_status, "DialogPermission.private_message_status"
        )
    f_show_inbox_allow_modal = g("showInboxAllowModal")
    if f_show_inbox_allow_modal is not None and f_show_inbox_allow_modal.__class__ is not bool:
        f_show_inbox_allow_modal = _c.to_bool(
            f_show_inbox_allow_modal, "DialogPermission.show_inbox_allow_modal"
        )
    f_is_page_need_sms_verification = g("isPageNeedSmsVerification")
    if f_is_page_need_sms_verification is not None and f_is_page_need_sms_verification.__class__ is not bool:
        f_is_page_need_sms_verification = _c.to_bool(
            f_is_page_need_sms_verification, "DialogPermission.is_page_need_sms_verification"
        )
    f_is_sms_verified = g("isSmsVerified")
    if f_is_sms_verified is not None and f_is_sms_verified.__class__ is not bool:
        f_is_sms_verified = _c.to_bool(f_is_sms_verified, "DialogPermission.is_sms_verified")
    f_received_last_online = g("receivedLastOnline")
    if f_received_last_online is not None and f_received_last_online.__class__ is not int:
        f_received_last_online = _c.to_int(f_received_last_online, "DialogPermission.received_last_online")
    f_is_online = g("isOnline")
    if f_is_online is not None and f_is_online.__class__ is not bool:
        f_is_online = _c.to_bool(f_is_online, "DialogPermission.is_online")
    f_current_user_time = g("currentUserTime")
    if f_current_user_time is not None and f_current_user_time.__class__ is not int:
        f_current_user_time = _c.to_int(f_current_user_time, "DialogPermission.current_user_time")
    f_is_daytime = g("isDaytime")
    if f_is_daytime is not None and f_is_daytime.__class__ is not bool:
        f_is_daytime = _c.to_bool(f_is_daytime, "DialogPermission.is_daytime")
    f_work_time = g("workTime")
    if f_work_time is not None and f_work_time.__class__ is not str:
        f_work_time = _c.to_str(f_work_time, "DialogPermission.work_time")
    f_response_time = g("responseTime")
    if f_response_time is not None and f_response_time.__class__ is not str:
        f_response_time = _c.to_str(f_response_time, "DialogPermission.response_time")
    f_has_dialog = g("hasDialog")
    if f_has_dialog is not None and f_has_dialog.__class__ is not bool:
        f_has_dialog = _c.to_bool(f_has_dialog, "DialogPermission.has_dialog")
    f_utc_offset = g("utcOffset")
    if f_utc_offset is not None and f_utc_offset.__class__ is not int:
        f_utc_offset = _c.to_int(f_utc_offset, "DialogPermission.utc_offset")
    f_user_utc_offset = g("userUtcOffset")
    if f_user_utc_offset is not None and f_user_utc_offset.__class__ is not int:
        f_user_utc_offset = _c.to_int(f_user_utc_offset, "DialogPermission.user_utc_offset")
    f_seller_is_not_available = g("sellerIsNotAvailable")
    if f_seller_is_not_available is not None and f_seller_is_not_available.__class__ is not bool:
        f_seller_is_not_available = _c.to_bool(
            f_seller_is_not_available, "DialogPermission.seller_is_not_available"
        )
    o = _new(DialogPermission)
    _s_private_message_statuses(o, f_private_message_statuses)
    _s_private_message_status(o, f_private_message_status)
    _s_show_inbox_allow_modal(o, f_show_inbox_allow_modal)
    _s_is_page_need_sms_verification(o, f_is_page_need_sms_verification)
    _s_is_sms_verified(o, f_is_sms_verified)
    _s_received_last_online(o, f_received_last_online)
    _s_is_online(o, f_is_online)
    _s_current_user_time(o, f_current_user_time)
    _s_is_daytime(o, f_is_daytime)
    _s_work_time(o, f_work_time)
    _s_response_time(o, f_response_time)
    _s_has_dialog(o, f_has_dialog)
    _s_utc_offset(o, f_utc_offset)
    _s_user_utc_offset(o, f_user_utc_offset)
    _s_seller_is_not_available(o, f_seller_is_not_available)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


DialogPermission._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
