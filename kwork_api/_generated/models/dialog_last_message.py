"""DialogLastMessage: The last message of a dialog, as previewed in the list.

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
        "unread",
        "fromUsername",
        "fromUserId",
        "type",
        "time",
        "message",
        "profilePicture",
        "originText",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogLastMessage(KworkModel):
    """The last message of a dialog, as previewed in the list.

    Attributes:
        unread: True when this message is unread.
        from_username: User name of the sender. Wire name: `fromUsername`.
        from_user_id: User id of the sender. Wire name: `fromUserId`.
        type: Kind of content.
        time: When it was sent (Unix time).
        message: Preview text.
        profile_picture: Avatar URL of the sender. Wire name: `profilePicture`.
        origin_text: The message's original text (`message` may be a processed preview). Wire
            name: `originText`.
    """

    unread: bool | None = None
    from_username: str | None = None
    from_user_id: int | None = None
    type: str | None = None
    time: int | None = None
    message: str | None = None
    profile_picture: str | None = None
    origin_text: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("unread", "unread", "bool | None"),
        ("from_username", "fromUsername", "str | None"),
        ("from_user_id", "fromUserId", "int | None"),
        ("type", "type", "str | None"),
        ("time", "time", "int | None"),
        ("message", "message", "str | None"),
        ("profile_picture", "profilePicture", "str | None"),
        ("origin_text", "originText", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], DialogLastMessage]]


def _from_wire(
    d: Any,
    where: str = "DialogLastMessage",
    _new: Callable[[type[DialogLastMessage]], DialogLastMessage] = object.__new__,
    _s_unread: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__["unread"].__set__,
    _s_from_username: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__[
        "from_username"
    ].__set__,
    _s_from_user_id: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__[
        "from_user_id"
    ].__set__,
    _s_type: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__["type"].__set__,
    _s_time: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__["time"].__set__,
    _s_message: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__["message"].__set__,
    _s_profile_picture: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__[
        "profile_picture"
    ].__set__,
    _s_origin_text: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__[
        "origin_text"
    ].__set__,
    _s_additional_properties: Callable[[DialogLastMessage, Any], None] = DialogLastMessage.__dict__[
        "additional_properties"
    ].__set__,
) -> DialogLastMessage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_unread = g("unread")
    if f_unread is not None and f_unread.__class__ is not bool:
        f_unread = _c.to_bool(f_unread, "DialogLastMessage.unread")
    f_from_username = g("fromUsername")
    if f_from_username is not None and f_from_username.__class__ is not str:
        f_from_username = _c.to_str(f_from_username, "DialogLastMessage.from_username")
    f_from_user_id = g("fromUserId")
    if f_from_user_id is not None and f_from_user_id.__class__ is not int:
        f_from_user_id = _c.to_int(f_from_user_id, "DialogLastMessage.from_user_id")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "DialogLastMessage.type")
    f_time = g("time")
    if f_time is not None and f_time.__class__ is not int:
        f_time = _c.to_int(f_time, "DialogLastMessage.time")
    f_message = g("message")
    if f_message is not None and f_message.__class__ is not str:
        f_message = _c.to_str(f_message, "DialogLastMessage.message")
    f_profile_picture = g("profilePicture")
    if f_profile_picture is not None and f_profile_picture.__class__ is not str:
        f_profile_picture = _c.to_str(f_profile_picture, "DialogLastMessage.profile_picture")
    f_origin_text = g("originText")
    if f_origin_text is not None and f_origin_text.__class__ is not str:
        f_origin_text = _c.to_str(f_origin_text, "DialogLastMessage.origin_text")
    o = _new(DialogLastMessage)
    _s_unread(o, f_unread)
    _s_from_username(o, f_from_username)
    _s_from_user_id(o, f_from_user_id)
    _s_type(o, f_type)
    _s_time(o, f_time)
    _s_message(o, f_message)
    _s_profile_picture(o, f_profile_picture)
    _s_origin_text(o, f_origin_text)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


DialogLastMessage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
