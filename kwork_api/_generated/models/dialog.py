"""Dialog: A conversation with one user, as shown in the dialog list.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import dialog_last_message as _m_dialog_last_message
from . import dialog_note as _m_dialog_note
from . import dialog_order as _m_dialog_order
from . import message_draft as _m_message_draft

if TYPE_CHECKING:
    from .dialog_last_message import DialogLastMessage
    from .dialog_note import DialogNote
    from .dialog_order import DialogOrder
    from .message_draft import MessageDraft

_KNOWN = frozenset(
    {
        "unread",
        "unread_count",
        "time",
        "user_id",
        "username",
        "profilepicture",
        "is_online",
        "lastOnlineTime",
        "link",
        "status",
        "blocked_by_user",
        "allowedDialog",
        "lastMessage",
        "has_active_order",
        "archived",
        "isStarred",
        "warning_message_id",
        "countup",
        "warning_message_time",
        "has_answer",
        "is_allow_custom_request",
        "hidden_at",
        "disallowReason",
        "is_important",
        "is_spam",
        "active_orders",
        "draft",
        "not_available_for_company",
        "draft_details",
        "note",
        "moderation_status",
        "is_stop_work",
        "is_voice_message_blocked",
        "last_message",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Dialog(KworkModel):
    """A conversation with one user, as shown in the dialog list.

    Attributes:
        unread: True when the last message is unread.
        unread_count: Number of unread messages.
        time: When the last message was sent (Unix time).
        user_id: User id of the interlocutor.
        username: User name of the interlocutor.
        profilepicture: Avatar URL of the interlocutor.
        is_online: True while the interlocutor is online.
        last_online_time: When the interlocutor was last online (Unix time). Wire name:
            `lastOnlineTime`.
        link: Site address the dialog opens at.
        status: Leftover of a retired field; carries no meaning.
        blocked_by_user: True when the dialog with this user is blocked.
        allowed_dialog: True when the signed-in user may write to the interlocutor. Wire name:
            `allowedDialog`.
        last_message: The last message, with its sender and kind. Wire name: `lastMessage`.
        has_active_order: True when the two users have an order in progress.
        archived: True when the dialog is in the archive.
        is_starred: True when the dialog is starred (a favourite). Wire name: `isStarred`.
        warning_message_id: Id of a message that still needs an answer, when there is one.
        countup: Hours left to answer that message; -1 when no answer is due.
        warning_message_time: When the time to answer that message runs out (Unix time).
        has_answer: True when the dialog already has a reply.
        is_allow_custom_request: True when the interlocutor accepts requests for individual
            kworks.
        hidden_at: When the dialog was hidden (Unix time); empty when it is not hidden.
        disallow_reason: Why writing is not allowed, as a code from
            `DialogPermission.privateMessageStatuses`. Wire name: `disallowReason`.
        is_important: True when the dialog is marked important.
        is_spam: True when the dialog was flagged as spam.
        active_orders: Orders in progress between the two users.
        draft: Unsent draft text (older form of `draft_details`).
        not_available_for_company: True when the app should warn that ordering is not available
            to a company's member account.
        draft_details: Unsent draft of the dialog, with its attachments.
        note: The signed-in user's private note about the interlocutor.
        moderation_status: Moderation state of the dialog; seen only as null so far.
        is_stop_work: True when the interlocutor has paused taking orders; seen only as null so
            far.
        is_voice_message_blocked: True when voice messages cannot be sent to the interlocutor.
        last_message_text: Text of the last message (the same as `last_message.message`, without
            sender details). Wire name: `last_message`.
    """

    user_id: int
    unread: bool | None = None
    unread_count: int | None = None
    time: int | None = None
    username: str | None = None
    profilepicture: str | None = None
    is_online: bool | None = None
    last_online_time: int | None = None
    link: str | None = None
    status: str | None = None
    blocked_by_user: bool | None = None
    allowed_dialog: bool | None = None
    last_message: DialogLastMessage | None = None
    has_active_order: bool | None = None
    archived: bool | None = None
    is_starred: bool | None = None
    warning_message_id: int | None = None
    countup: int | None = None
    warning_message_time: int | None = None
    has_answer: bool | None = None
    is_allow_custom_request: bool | None = None
    hidden_at: int | None = None
    disallow_reason: int | None = None
    is_important: bool | None = None
    is_spam: bool | None = None
    active_orders: list[DialogOrder] | None = _attrs.field(default=None, hash=False)
    draft: str | None = None
    not_available_for_company: bool | None = None
    draft_details: MessageDraft | None = None
    note: DialogNote | None = None
    moderation_status: str | None = None
    is_stop_work: bool | None = None
    is_voice_message_blocked: bool | None = None
    last_message_text: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("unread", "unread", "bool | None"),
        ("unread_count", "unread_count", "int | None"),
        ("time", "time", "int | None"),
        ("user_id", "user_id", "int"),
        ("username", "username", "str | None"),
        ("profilepicture", "profilepicture", "str | None"),
        ("is_online", "is_online", "bool | None"),
        ("last_online_time", "lastOnlineTime", "int | None"),
        ("link", "link", "str | None"),
        ("status", "status", "str | None"),
        ("blocked_by_user", "blocked_by_user", "bool | None"),
        ("allowed_dialog", "allowedDialog", "bool | None"),
        ("last_message", "lastMessage", "DialogLastMessage | None"),
        ("has_active_order", "has_active_order", "bool | None"),
        ("archived", "archived", "bool | None"),
        ("is_starred", "isStarred", "bool | None"),
        ("warning_message_id", "warning_message_id", "int | None"),
        ("countup", "countup", "int | None"),
        ("warning_message_time", "warning_message_time", "int | None"),
        ("has_answer", "has_answer", "bool | None"),
        ("is_allow_custom_request", "is_allow_custom_request", "bool | None"),
        ("hidden_at", "hidden_at", "int | None"),
        ("disallow_reason", "disallowReason", "int | None"),
        ("is_important", "is_important", "bool | None"),
        ("is_spam", "is_spam", "bool | None"),
        ("active_orders", "active_orders", "list[DialogOrder] | None"),
        ("draft", "draft", "str | None"),
        ("not_available_for_company", "not_available_for_company", "bool | None"),
        ("draft_details", "draft_details", "MessageDraft | None"),
        ("note", "note", "DialogNote | None"),
        ("moderation_status", "moderation_status", "str | None"),
        ("is_stop_work", "is_stop_work", "bool | None"),
        ("is_voice_message_blocked", "is_voice_message_blocked", "bool | None"),
        ("last_message_text", "last_message", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Dialog]]


def _from_wire(
    d: Any,
    where: str = "Dialog",
    _new: Callable[[type[Dialog]], Dialog] = object.__new__,
    _s_user_id: Callable[[Dialog, Any], None] = Dialog.__dict__["user_id"].__set__,
    _s_unread: Callable[[Dialog, Any], None] = Dialog.__dict__["unread"].__set__,
    _s_unread_count: Callable[[Dialog, Any], None] = Dialog.__dict__["unread_count"].__set__,
    _s_time: Callable[[Dialog, Any], None] = Dialog.__dict__["time"].__set__,
    _s_username: Callable[[Dialog, Any], None] = Dialog.__dict__["username"].__set__,
    _s_profilepicture: Callable[[Dialog, Any], None] = Dialog.__dict__["profilepicture"].__set__,
    _s_is_online: Callable[[Dialog, Any], None] = Dialog.__dict__["is_online"].__set__,
    _s_last_online_time: Callable[[Dialog, Any], None] = Dialog.__dict__["last_online_time"].__set__,
    _s_link: Callable[[Dialog, Any], None] = Dialog.__dict__["link"].__set__,
    _s_status: Callable[[Dialog, Any], None] = Dialog.__dict__["status"].__set__,
    _s_blocked_by_user: Callable[[Dialog, Any], None] = Dialog.__dict__["blocked_by_user"].__set__,
    _s_allowed_dialog: Callable[[Dialog, Any], None] = Dialog.__dict__["allowed_dialog"].__set__,
    _s_last_message: Callable[[Dialog, Any], None] = Dialog.__dict__["last_message"].__set__,
    _s_has_active_order: Callable[[Dialog, Any], None] = Dialog.__dict__["has_active_order"].__set__,
    _s_archived: Callable[[Dialog, Any], None] = Dialog.__dict__["archived"].__set__,
    _s_is_starred: Callable[[Dialog, Any], None] = Dialog.__dict__["is_starred"].__set__,
    _s_warning_message_id: Callable[[Dialog, Any], None] = Dialog.__dict__["warning_message_id"].__set__,
    _s_countup: Callable[[Dialog, Any], None] = Dialog.__dict__["countup"].__set__,
    _s_warning_message_time: Callable[[Dialog, Any], None] = Dialog.__dict__["warning_message_time"].__set__,
    _s_has_answer: Callable[[Dialog, Any], None] = Dialog.__dict__["has_answer"].__set__,
    _s_is_allow_custom_request: Callable[[Dialog, Any], None] = Dialog.__dict__[
        "is_allow_custom_request"
    ].__set__,
    _s_hidden_at: Callable[[Dialog, Any], None] = Dialog.__dict__["hidden_at"].__set__,
    _s_disallow_reason: Callable[[Dialog, Any], None] = Dialog.__dict__["disallow_reason"].__set__,
    _s_is_important: Callable[[Dialog, Any], None] = Dialog.__dict__["is_important"].__set__,
    _s_is_spam: Callable[[Dialog, Any], None] = Dialog.__dict__["is_spam"].__set__,
    _s_active_orders: Callable[[Dialog, Any], None] = Dialog.__dict__["active_orders"].__set__,
    _s_draft: Callable[[Dialog, Any], None] = Dialog.__dict__["draft"].__set__,
    _s_not_available_for_company: Callable[[Dialog, Any], None] = Dialog.__dict__[
        "not_available_for_company"
    ].__set__,
    _s_draft_details: Callable[[Dialog, Any], None] = Dialog.__dict__["draft_details"].__set__,
    _s_note: Callable[[Dialog, Any], None] = Dialog.__dict__["note"].__set__,
    _s_moderation_status: Callable[[Dialog, Any], None] = Dialog.__dict__["moderation_status"].__set__,
    _s_is_stop_work: Callable[[Dialog, Any], None] = Dialog.__dict__["is_stop_work"].__set__,
    _s_is_voice_message_blocked: Callable[[Dialog, Any], None] = Dialog.__dict__[
        "is_voice_message_blocked"
    ].__set__,
    _s_last_message_text: Callable[[Dialog, Any], None] = Dialog.__dict__["last_message_text"].__set__,
    _s_additional_properties: Callable[[Dialog, Any], None] = Dialog.__dict__[
        "additional_properties"
    ].__set__,
) -> Dialog:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_user_id = g("user_id")
    if f_user_id.__class__ is not int:
        f_user_id = _c.to_int(f_user_id, "Dialog.user_id")
        if f_user_id is None:
            raise _c.missing("Dialog.user_id")
    f_unread = g("unread")
    if f_unread is not None and f_unread.__class__ is not bool:
        f_unread = _c.to_bool(f_unread, "Dialog.unread")
    f_unread_count = g("unread_count")
    if f_unread_count is not None and f_unread_count.__class__ is not int:
        f_unread_count = _c.to_int(f_unread_count, "Dialog.unread_count")
    f_time = g("time")
    if f_time is not None and f_time.__class__ is not int:
        f_time = _c.to_int(f_time, "Dialog.time")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "Dialog.username")
    f_profilepicture = g("profilepicture")
    if f_profilepicture is not None and f_profilepicture.__class__ is not str:
        f_profilepicture = _c.to_str(f_profilepicture, "Dialog.profilepicture")
    f_is_online = g("is_online")
    if f_is_online is not None and f_is_online.__class__ is not bool:
        f_is_online = _c.to_bool(f_is_online, "Dialog.is_online")
    f_last_online_time = g("lastOnlineTime")
    if f_last_online_time is not None and f_last_online_time.__class__ is not int:
        f_last_online_time = _c.to_int(f_last_online_time, "Dialog.last_online_time")
    f_link = g("link")
    if f_link is not None and f_link.__class__ is not str:
        f_link = _c.to_str(f_link, "Dialog.link")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "Dialog.status")
    f_blocked_by_user = g("blocked_by_user")
    if f_blocked_by_user is not None and f_blocked_by_user.__class__ is not bool:
        f_blocked_by_user = _c.to_bool(f_blocked_by_user, "Dialog.blocked_by_user")
    f_allowed_dialog = g("allowedDialog")
    if f_allowed_dialog is not None and f_allowed_dialog.__class__ is not bool:
        f_allowed_dialog = _c.to_bool(f_allowed_dialog, "Dialog.allowed_dialog")
    f_last_message = g("lastMessage")
    if f_last_message is not None:
        f_last_message = _c.to_model(
            f_last_message, _m_dialog_last_message.DialogLastMessage._from_wire, "Dialog.last_message"
        )
    f_has_active_order = g("has_active_order")
    if f_has_active_order is not None and f_has_active_order.__class__ is not bool:
        f_has_active_order = _c.to_bool(f_has_active_order, "Dialog.has_active_order")
    f_archived = g("archived")
    if f_archived is not None and f_archived.__class__ is not bool:
        f_archived = _c.to_bool(f_archived, "Dialog.archived")
    f_is_starred = g("isStarred")
    if f_is_starred is not None and f_is_starred.__class__ is not bool:
        f_is_starred = _c.to_bool(f_is_starred, "Dialog.is_starred")
    f_warning_message_id = g("warning_message_id")
    if f_warning_message_id is not None and f_warning_message_id.__class__ is not int:
        f_warning_message_id = _c.to_int(f_warning_message_id, "Dialog.warning_message_id")
    f_countup = g("countup")
    if f_countup is not None and f_countup.__class__ is not int:
        f_countup = _c.to_int(f_countup, "Dialog.countup")
    f_warning_message_time = g("warning_message_time")
    if f_warning_message_time is not None and f_warning_message_time.__class__ is not int:
        f_warning_message_time = _c.to_int(f_warning_message_time, "Dialog.warning_message_time")
    f_has_answer = g("has_answer")
    if f_has_answer is not None and f_has_answer.__class__ is not bool:
        f_has_answer = _c.to_bool(f_has_answer, "Dialog.has_answer")
    f_is_allow_custom_request = g("is_allow_custom_request")
    if f_is_allow_custom_request is not None and f_is_allow_custom_request.__class__ is not bool:
        f_is_allow_custom_request = _c.to_bool(f_is_allow_custom_request, "Dialog.is_allow_custom_request")
    f_hidden_at = g("hidden_at")
    if f_hidden_at is not None and f_hidden_at.__class__ is not int:
        f_hidden_at = _c.to_int(f_hidden_at, "Dialog.hidden_at")
    f_disallow_reason = g("disallowReason")
    if f_disallow_reason is not None and f_disallow_reason.__class__ is not int:
        f_disallow_reason = _c.to_int(f_disallow_reason, "Dialog.disallow_reason")
    f_is_important = g("is_important")
    if f_is_important is not None and f_is_important.__class__ is not bool:
        f_is_important = _c.to_bool(f_is_important, "Dialog.is_important")
    f_is_spam = g("is_spam")
    if f_is_spam is not None and f_is_spam.__class__ is not bool:
        f_is_spam = _c.to_bool(f_is_spam, "Dialog.is_spam")
    f_active_orders = g("active_orders")
    if f_active_orders is not None:
        if f_active_orders.__class__ is list:
            f_active_orders = list(map(_m_dialog_order.DialogOrder._from_wire, f_active_orders))
        else:
            f_active_orders = _c.to_list(
                f_active_orders, _m_dialog_order.DialogOrder._from_wire, "Dialog.active_orders"
            )
    f_draft = g("draft")
    if f_draft is not None and f_draft.__class__ is not str:
        f_draft = _c.to_str(f_draft, "Dialog.draft")
    f_not_available_for_company = g("not_available_for_company")
    if f_not_available_for_company is not None and f_not_available_for_company.__class__ is not bool:
        f_not_available_for_company = _c.to_bool(
            f_not_available_for_company, "Dialog.not_available_for_company"
        )
    f_draft_details = g("draft_details")
    if f_draft_details is not None:
        f_draft_details = _c.to_model(
            f_draft_details, _m_message_draft.MessageDraft._from_wire, "Dialog.draft_details"
        )
    f_note = g("note")
    if f_note is not None:
        f_note = _c.to_model(f_note, _m_dialog_note.DialogNote._from_wire, "Dialog.note")
    f_moderation_status = g("moderation_status")
    if f_moderation_status is not None and f_moderation_status.__class__ is not str:
        f_moderation_status = _c.to_str(f_moderation_status, "Dialog.moderation_status")
    f_is_stop_work = g("is_stop_work")
    if f_is_stop_work is not None and f_is_stop_work.__class__ is not bool:
        f_is_stop_work = _c.to_bool(f_is_stop_work, "Dialog.is_stop_work")
    f_is_voice_message_blocked = g("is_voice_message_blocked")
    if f_is_voice_message_blocked is not None and f_is_voice_message_blocked.__class__ is not bool:
        f_is_voice_message_blocked = _c.to_bool(f_is_voice_message_blocked, "Dialog.is_voice_message_blocked")
    f_last_message_text = g("last_message")
    if f_last_message_text is not None and f_last_message_text.__class__ is not str:
        f_last_message_text = _c.to_str(f_last_message_text, "Dialog.last_message_text")
    o = _new(Dialog)
    _s_user_id(o, f_user_id)
    _s_unread(o, f_unread)
    _s_unread_count(o, f_unread_count)
    _s_time(o, f_time)
    _s_username(o, f_username)
    _s_profilepicture(o, f_profilepicture)
    _s_is_online(o, f_is_online)
    _s_last_online_time(o, f_last_online_time)
    _s_link(o, f_link)
    _s_status(o, f_status)
    _s_blocked_by_user(o, f_blocked_by_user)
    _s_allowed_dialog(o, f_allowed_dialog)
    _s_last_message(o, f_last_message)
    _s_has_active_order(o, f_has_active_order)
    _s_archived(o, f_archived)
    _s_is_starred(o, f_is_starred)
    _s_warning_message_id(o, f_warning_message_id)
    _s_countup(o, f_countup)
    _s_warning_message_time(o, f_warning_message_time)
    _s_has_answer(o, f_has_answer)
    _s_is_allow_custom_request(o, f_is_allow_custom_request)
    _s_hidden_at(o, f_hidden_at)
    _s_disallow_reason(o, f_disallow_reason)
    _s_is_important(o, f_is_important)
    _s_is_spam(o, f_is_spam)
    _s_active_orders(o, f_active_orders)
    _s_draft(o, f_draft)
    _s_not_available_for_company(o, f_not_available_for_company)
    _s_draft_details(o, f_draft_details)
    _s_note(o, f_note)
    _s_moderation_status(o, f_moderation_status)
    _s_is_stop_work(o, f_is_stop_work)
    _s_is_voice_message_blocked(o, f_is_voice_message_blocked)
    _s_last_message_text(o, f_last_message_text)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Dialog._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
