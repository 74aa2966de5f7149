"""MessageQuote: The message a reply quotes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import file_info as _m_file_info

if TYPE_CHECKING:
    from .file_info import FileInfo

_KNOWN = frozenset(
    {
        "reply_conversation_id",
        "reply_message_id",
        "reply_user_id",
        "reply_message_displayed_text",
        "reply_message_thumbnail",
        "reply_message_thumbnail_path",
        "reply_message_page",
        "reply_message_files",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class MessageQuote(KworkModel):
    """The message a reply quotes.

    Attributes:
        reply_conversation_id: Entry id of the quoted message.
        reply_message_id: Id of the quoted message.
        reply_user_id: User id of the quoted message's author.
        reply_message_displayed_text: Text of the quoted message as shown.
        reply_message_thumbnail: URL of a thumbnail of the quoted image.
        reply_message_thumbnail_path: Storage path of that thumbnail.
        reply_message_page: Page of the dialog the quoted message is on.
        reply_message_files: Files of the quoted message.
    """

    reply_conversation_id: int | None = None
    reply_message_id: int | None = None
    reply_user_id: int | None = None
    reply_message_displayed_text: str | None = None
    reply_message_thumbnail: str | None = None
    reply_message_thumbnail_path: str | None = None
    reply_message_page: int | None = None
    reply_message_files: list[FileInfo] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("reply_conversation_id", "reply_conversation_id", "int | None"),
        ("reply_message_id", "reply_message_id", "int | None"),
        ("reply_user_id", "reply_user_id", "int | None"),
        ("reply_message_displayed_text", "reply_message_displayed_text", "str | None"),
        ("reply_message_thumbnail", "reply_message_thumbnail", "str | None"),
        ("reply_message_thumbnail_path", "reply_message_thumbnail_path", "str | None"),
        ("reply_message_page", "reply_message_page", "int | None"),
        ("reply_message_files", "reply_message_files", "list[FileInfo] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], MessageQuote]]


def _from_wire(
    d: Any,
    where: str = "MessageQuote",
    _new: Callable[[type[MessageQuote]], MessageQuote] = object.__new__,
    _s_reply_conversation_id: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__[
        "reply_conversation_id"
    ].__set__,
    _s_reply_message_id: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__[
        "reply_message_id"
    ].__set__,
    _s_reply_user_id: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__["reply_user_id"].__set__,
    _s_reply_message_displayed_text: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__[
        "reply_message_displayed_text"
    ].__set__,
    _s_reply_message_thumbnail: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__[
        "reply_message_thumbnail"
    ].__set__,
    _s_reply_message_thumbnail_path: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__[
        "reply_message_thumbnail_path"
    ].__set__,
    _s_reply_message_page: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__[
        "reply_message_page"
    ].__set__,
    _s_reply_message_files: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__[
        "reply_message_files"
    ].__set__,
    _s_additional_properties: Callable[[MessageQuote, Any], None] = MessageQuote.__dict__[
        "additional_properties"
    ].__set__,
) -> MessageQuote:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_reply_conversation_id = g("reply_conversation_id")
    if f_reply_conversation_id is not None and f_reply_conversation_id.__class__ is not int:
        f_reply_conversation_id = _c.to_int(f_reply_conversation_id, "MessageQuote.reply_conversation_id")
    f_reply_message_id = g("reply_message_id")
    if f_reply_message_id is not None and f_reply_message_id.__class__ is not int:
        f_reply_message_id = _c.to_int(f_reply_message_id, "MessageQuote.reply_message_id")
    f_reply_user_id = g("reply_user_id")
    if f_reply_user_id is not None and f_reply_user_id.__class__ is not int:
        f_reply_user_id = _c.to_int(f_reply_user_id, "MessageQuote.reply_user_id")
    f_reply_message_displayed_text = g("reply_message_displayed_text")
    if f_reply_message_displayed_text is not None and f_reply_message_displayed_text.__class__ is not str:
        f_reply_message_displayed_text = _c.to_str(
            f_reply_message_displayed_text, "MessageQuote.reply_message_displayed_text"
        )
    f_reply_message_thumbnail = g("reply_message_thumbnail")
    if f_reply_message_thumbnail is not None and f_reply_message_thumbnail.__class__ is not str:
        f_reply_message_thumbnail = _c.to_str(
            f_reply_message_thumbnail, "MessageQuote.reply_message_thumbnail"
        )
    f_reply_message_thumbnail_path = g("reply_message_thumbnail_path")
    if f_reply_message_thumbnail_path is not None and f_reply_message_thumbnail_path.__class__ is not str:
        f_reply_message_thumbnail_path = _c.to_str(
            f_reply_message_thumbnail_path, "MessageQuote.reply_message_thumbnail_path"
        )
    f_reply_message_page = g("reply_message_page")
    if f_reply_message_page is not None and f_reply_message_page.__class__ is not int:
        f_reply_message_page = _c.to_int(f_reply_message_page, "MessageQuote.reply_message_page")
    f_reply_message_files = g("reply_message_files")
    if f_reply_message_files is not None:
        if f_reply_message_files.__class__ is list:
            f_reply_message_files = list(map(_m_file_info.FileInfo._from_wire, f_reply_message_files))
        else:
            f_reply_message_files = _c.to_list(
                f_reply_message_files, _m_file_info.FileInfo._from_wire, "MessageQuote.reply_message_files"
            )
    o = _new(MessageQuote)
    _s_reply_conversation_id(o, f_reply_conversation_id)
    _s_reply_message_id(o, f_reply_message_id)
    _s_reply_user_id(o, f_reply_user_id)
    _s_reply_message_displayed_text(o, f_reply_message_displayed_text)
    _s_reply_message_thumbnail(o, f_reply_message_thumbnail)
    _s_reply_message_thumbnail_path(o, f_reply_message_thumbnail_path)
    _s_reply_message_page(o, f_reply_message_page)
    _s_reply_message_files(o, f_reply_message_files)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


MessageQuote._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
