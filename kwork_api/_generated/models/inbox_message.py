"""InboxMessage: A message in a dialog.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import custom_offer as _m_custom_offer
from . import custom_request as _m_custom_request
from . import message_file as _m_message_file
from . import message_quote as _m_message_quote

if TYPE_CHECKING:
    from .custom_offer import CustomOffer
    from .custom_request import CustomRequest
    from .message_file import MessageFile
    from .message_quote import MessageQuote

_KNOWN = frozenset(
    {
        "message_id",
        "conversation_id",
        "to_id",
        "to_username",
        "to_live_date",
        "from_id",
        "from_username",
        "from_live_date",
        "from_profilepicture",
        "to_profilepicture",
        "manager_name",
        "message",
        "time",
        "unread",
        "type",
        "status",
        "created_order_id",
        "forwarded",
        "updated_at",
        "warning_type",
        "countup",
        "files",
        "quote",
        "message_page",
        "page",
        "custom_request",
        "inbox_order",
        "transcription_status",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class InboxMessage(KworkModel):
    """A message in a dialog.

    Attributes:
        message_id: Message id.
        conversation_id: Entry id shared by messages and order tracks in the dialog feed.
        to_id: User id of the recipient.
        to_username: User name of the recipient.
        to_live_date: When the recipient was last active on the site (Unix time).
        from_id: User id of the sender.
        from_username: User name of the sender.
        from_live_date: When the sender was last active on the site (Unix time).
        from_profilepicture: Avatar URL of the sender.
        to_profilepicture: Avatar URL of the recipient.
        manager_name: Name of the manager who wrote on behalf of the account, when one did.
        message: Message text; may contain HTML.
        time: When the message was sent (Unix time).
        unread: True while the recipient has not read it.
        type: Kind of message; null for an ordinary one. Others: `custom_request`,
            `custom_request_new`, `custom_request_payer_cancel`, `custom_request_worker_cancel`
            (request for an individual kwork and its cancellations), `offer_kwork_new`,
            `offer_kwork_payer_cancel`, `offer_kwork_worker_cancel`, `offer_kwork_done` (a kwork
            offer, declined, withdrawn or ordered), `auto` (automatic notice), `support` (from
            Kwork support), `report` (a complaint).
        status: Leftover of a retired field; carries no meaning.
        created_order_id: Id of the order created from the offer in this message.
        forwarded: True when the message was forwarded from another dialog.
        updated_at: When the message was last edited (Unix time); null when never edited.
        warning_type: Answer tracking state: `check` (awaiting an answer), `answer` (answered)
            or `ignore` (ignored).
        countup: Hours left to answer the message; -1 when no answer is due.
        files: Attached files.
        quote: The message this one replies to.
        message_page: Page of the dialog the message is on.
        page: Page of the dialog the message is on (sent by `get_message`).
        custom_request: The request for an individual kwork, for `custom_request` messages.
        inbox_order: The individual kwork offered, for `offer_kwork_*` messages.
        transcription_status: Progress of the voice message's transcription; null when done or
            not a voice message.
    """

    message_id: int
    conversation_id: int | None = None
    to_id: int | None = None
    to_username: str | None = None
    to_live_date: int | None = None
    from_id: int | None = None
    from_username: str | None = None
    from_live_date: int | None = None
    from_profilepicture: str | None = None
    to_profilepicture: str | None = None
    manager_name: str | None = None
    message: str | None = None
    time: int | None = None
    unread: bool | None = None
    type: str | None = None
    status: str | None = None
    created_order_id: int | None = None
    forwarded: bool | None = None
    updated_at: int | None = None
    warning_type: str | None = None
    countup: int | None = None
    files: list[MessageFile] | None = _attrs.field(default=None, hash=False)
    quote: MessageQuote | None = None
    message_page: int | None = None
    page: int | None = None
    custom_request: CustomRequest | None = None
    inbox_order: CustomOffer | None = None
    transcription_status: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("message_id", "message_id", "int"),
        ("conversation_id", "conversation_id", "int | None"),
        ("to_id", "to_id", "int | None"),
        ("to_username", "to_username", "str | None"),
        ("to_live_date", "to_live_date", "int | None"),
        ("from_id", "from_id", "int | None"),
        ("from_username", "from_username", "str | None"),
        ("from_live_date", "from_live_date", "int | None"),
        ("from_profilepicture", "from_profilepicture", "str | None"),
        ("to_profilepicture", "to_profilepicture", "str | None"),
        ("manager_name", "manager_name", "str | None"),
        ("message", "message", "str | None"),
        ("time", "time", "int | None"),
        ("unread", "unread", "bool | None"),
        ("type", "type", "str | None"),
        ("status", "status", "str | None"),
        ("created_order_id", "created_order_id", "int | None"),
        ("forwarded", "forwarded", "bool | None"),
        ("updated_at", "updated_at", "int | None"),
        ("warning_type", "warning_type", "str | None"),
        ("countup", "countup", "int | None"),
        ("files", "files", "list[MessageFile] | None"),
        ("quote", "quote", "MessageQuote | None"),
        ("message_page", "message_page", "int | None"),
        ("page", "page", "int | None"),
        ("custom_request", "custom_request", "CustomRequest | None"),
        ("inbox_order", "inbox_order", "CustomOffer | None"),
        ("transcription_status", "transcription_status", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], InboxMessage]]


def _from_wire(
    d: Any,
    where: str = "InboxMessage",
    _new: Callable[[type[InboxMessage]], InboxMessage] = object.__new__,
    _s_message_id: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["message_id"].__set__,
    _s_conversation_id: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__[
        "conversation_id"
    ].__set__,
    _s_to_id: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["to_id"].__set__,
    _s_to_username: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["to_username"].__set__,
    _s_to_live_date: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["to_live_date"].__set__,
    _s_from_id: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["from_id"].__set__,
    _s_from_username: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["from_username"].__set__,
    _s_from_live_date: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["from_live_date"].__set__,
    _s_from_profilepicture: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__[
        "from_profilepicture"
    ].__set__,
    _s_to_profilepicture: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__[
        "to_profilepicture"
    ].__set__,
    _s_manager_name: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["manager_name"].__set__,
    _s_message: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["message"].__set__,
    _s_time: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["time"].__set__,
    _s_unread: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["unread"].__set__,
    _s_type: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["type"].__set__,
    _s_status: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["status"].__set__,
    _s_created_order_id: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__[
        "created_order_id"
    ].__set__,
    _s_forwarded: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["forwarded"].__set__,
    _s_updated_at: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["updated_at"].__set__,
    _s_warning_type: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["warning_type"].__set__,
    _s_countup: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["countup"].__set__,
    _s_files: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["files"].__set__,
    _s_quote: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["quote"].__set__,
    _s_message_page: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["message_page"].__set__,
    _s_page: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["page"].__set__,
    _s_custom_request: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["custom_request"].__set__,
    _s_inbox_order: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__["inbox_order"].__set__,
    _s_transcription_status: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__[
        "transcription_status"
    ].__set__,
    _s_additional_properties: Callable[[InboxMessage, Any], None] = InboxMessage.__dict__[
        "additional_properties"
    ].__set__,
) -> InboxMessage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_message_id = g("message_id")
    if f_message_id.__class__ is not int:
        f_message_id = _c.to_int(f_message_id, "InboxMessage.message_id")
        if f_message_id is None:
            raise _c.missing("InboxMessage.message_id")
    f_conversation_id = g("conversation_id")
    if f_conversation_id is not None and f_conversation_id.__class__ is not int:
        f_conversation_id = _c.to_int(f_conversation_id, "InboxMessage.conversation_id")
    f_to_id = g("to_id")
    if f_to_id is not None and f_to_id.__class__ is not int:
        f_to_id = _c.to_int(f_to_id, "InboxMessage.to_id")
    f_to_username = g("to_username")
    if f_to_username is not None and f_to_username.__class__ is not str:
        f_to_username = _c.to_str(f_to_username, "InboxMessage.to_username")
    f_to_live_date = g("to_live_date")
    if f_to_live_date is not None and f_to_live_date.__class__ is not int:
        f_to_live_date = _c.to_int(f_to_live_date, "InboxMessage.to_live_date")
    f_from_id = g("from_id")
    if f_from_id is not None and f_from_id.__class__ is not int:
        f_from_id = _c.to_int(f_from_id, "InboxMessage.from_id")
    f_from_username = g("from_username")
    if f_from_username is not None and f_from_username.__class__ is not str:
        f_from_username = _c.to_str(f_from_username, "InboxMessage.from_username")
    f_from_live_date = g("from_live_date")
    if f_from_live_date is not None and f_from_live_date.__class__ is not int:
        f_from_live_date = _c.to_int(f_from_live_date, "InboxMessage.from_live_date")
    f_from_profilepicture = g("from_profilepicture")
    if f_from_profilepicture is not None and f_from_profilepicture.__class__ is not str:
        f_from_profilepicture = _c.to_str(f_from_profilepicture, "InboxMessage.from_profilepicture")
    f_to_profilepicture = g("to_profilepicture")
    if f_to_profilepicture is not None and f_to_profilepicture.__class__ is not str:
        f_to_profilepicture = _c.to_str(f_to_profilepicture, "InboxMessage.to_profilepicture")
    f_manager_name = g("manager_name")
    if f_manager_name is not None and f_manager_name.__class__ is not str:
        f_manager_name = _c.to_str(f_manager_name, "InboxMessage.manager_name")
    f_message = g("message")
    if f_message is not None and f_message.__class__ is not str:
        f_message = _c.to_str(f_message, "InboxMessage.message")
    f_time = g("time")
    if f_time is not None and f_time.__class__ is not int:
        f_time = _c.to_int(f_time, "InboxMessage.time")
    f_unread = g("unread")
    if f_unread is not None and f_unread.__class__ is not bool:
        f_unread = _c.to_bool(f_unread, "InboxMessage.unread")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "InboxMessage.type")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "InboxMessage.status")
    f_created_order_id = g("created_order_id")
    if f_created_order_id is not None and f_created_order_id.__class__ is not int:
        f_created_order_id = _c.to_int(f_created_order_id, "InboxMessage.created_order_id")
    f_forwarded = g("forwarded")
    if f_forwarded is not None and f_forwarded.__class__ is not bool:
        f_forwarded = _c.to_bool(f_forwarded, "InboxMessage.forwarded")
    f_updated_at = g("updated_at")
    if f_updated_at is not None and f_updated_at.__class__ is not int:
        f_updated_at = _c.to_int(f_updated_at, "InboxMessage.updated_at")
    f_warning_type = g("warning_type")
    if f_warning_type is not None and f_warning_type.__class__ is not str:
        f_warning_type = _c.to_str(f_warning_type, "InboxMessage.warning_type")
    f_countup = g("countup")
    if f_countup is not None and f_countup.__class__ is not int:
        f_countup = _c.to_int(f_countup, "InboxMessage.countup")
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_message_file.MessageFile._from_wire, f_files))
        else:
            f_files = _c.to_list(f_files, _m_message_file.MessageFile._from_wire, "InboxMessage.files")
    f_quote = g("quote")
    if f_quote is not None:
        f_quote = _c.to_model(f_quote, _m_message_quote.MessageQuote._from_wire, "InboxMessage.quote")
    f_message_page = g("message_page")
    if f_message_page is not None and f_message_page.__class__ is not int:
        f_message_page = _c.to_int(f_message_page, "InboxMessage.message_page")
    f_page = g("page")
    if f_page is not None and f_page.__class__ is not int:
        f_page = _c.to_int(f_page, "InboxMessage.page")
    f_custom_request = g("custom_request")
    if f_custom_request is not None:
        f_custom_request = _c.to_model(
            f_custom_request, _m_custom_request.CustomRequest._from_wire, "InboxMessage.custom_request"
        )
    f_inbox_order = g("inbox_order")
    if f_inbox_order is not None:
        f_inbox_order = _c.to_model(
            f_inbox_order, _m_custom_offer.CustomOffer._from_wire, "InboxMessage.inbox_order"
        )
    f_transcription_status = g("transcription_status")
    if f_transcription_status is not None and f_transcription_status.__class__ is not int:
        f_transcription_status = _c.to_int(f_transcription_status, "InboxMessage.transcription_status")
    o = _new(InboxMessage)
    _s_message_id(o, f_message_id)
    _s_conversation_id(o, f_conversation_id)
    _s_to_id(o, f_to_id)
    _s_to_username(o, f_to_username)
    _s_to_live_date(o, f_to_live_date)
    _s_from_id(o, f_from_id)
    _s_from_username(o, f_from_username)
    _s_from_live_date(o, f_from_live_date)
    _s_from_profilepicture(o, f_from_profilepicture)
    _s_to_profilepicture(o, f_to_profilepicture)
    _s_manager_name(o, f_manager_name)
    _s_message(o, f_message)
    _s_time(o, f_time)
    _s_unread(o, f_unread)
    _s_type(o, f_type)
    _s_status(o, f_status)
    _s_created_order_id(o, f_created_order_id)
    _s_forwarded(o, f_forwarded)
    _s_updated_at(o, f_updated_at)
    _s_warning_type(o, f_warning_type)
    _s_countup(o, f_countup)
    _s_files(o, f_files)
    _s_quote(o, f_quote)
    _s_message_page(o, f_message_page)
    _s_page(o, f_page)
    _s_custom_request(o, f_custom_request)
    _s_inbox_order(o, f_inbox_order)
    _s_transcription_status(o, f_transcription_status)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


InboxMessage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
