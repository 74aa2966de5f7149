"""SentMessage: A message just stored by the server.

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
        "id",
        "conversation_id",
        "type",
        "page",
        "time",
        "mass_mailing_notification",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class SentMessage(KworkModel):
    """A message just stored by the server.

    Attributes:
        id: Message id.
        conversation_id: Entry id of the message in the dialog feed.
        type: Kind of entry.
        page: Page of the dialog the message landed on.
        time: When the message was stored (Unix time).
        mass_mailing_notification: True when the app should show a notice about mass mailing
            (the same text sent to many users).
    """

    id: int
    conversation_id: int | None = None
    type: str | None = None
    page: int | None = None
    time: int | None = None
    mass_mailing_notification: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("conversation_id", "conversation_id", "int | None"),
        ("type", "type", "str | None"),
        ("page", "page", "int | None"),
        ("time", "time", "int | None"),
        ("mass_mailing_notification", "mass_mailing_notification", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], SentMessage]]


def _from_wire(
    d: Any,
    where: str = "SentMessage",
    _new: Callable[[type[SentMessage]], SentMessage] = object.__new__,
    _s_id: Callable[[SentMessage, Any], None] = SentMessage.__dict__["id"].__set__,
    _s_conversation_id: Callable[[SentMessage, Any], None] = SentMessage.__dict__["conversation_id"].__set__,
    _s_type: Callable[[SentMessage, Any], None] = SentMessage.__dict__["type"].__set__,
    _s_page: Callable[[SentMessage, Any], None] = SentMessage.__dict__["page"].__set__,
    _s_time: Callable[[SentMessage, Any], None] = SentMessage.__dict__["time"].__set__,
    _s_mass_mailing_notification: Callable[[SentMessage, Any], None] = SentMessage.__dict__[
        "mass_mailing_notification"
    ].__set__,
    _s_additional_properties: Callable[[SentMessage, Any], None] = SentMessage.__dict__[
        "additional_properties"
    ].__set__,
) -> SentMessage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "SentMessage.id")
        if f_id is None:
            raise _c.missing("SentMessage.id")
    f_conversation_id = g("conversation_id")
    if f_conversation_id is not None and f_conversation_id.__class__ is not int:
        f_conversation_id = _c.to_int(f_conversation_id, "SentMessage.conversation_id")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "SentMessage.type")
    f_page = g("page")
    if f_page is not None and f_page.__class__ is not int:
        f_page = _c.to_int(f_page, "SentMessage.page")
    f_time = g("time")
    if f_time is not None and f_time.__class__ is not int:
        f_time = _c.to_int(f_time, "SentMessage.time")
    f_mass_mailing_notification = g("mass_mailing_notification")
    if f_mass_mailing_notification is not None and f_mass_mailing_notification.__class__ is not bool:
        f_mass_mailing_notification = _c.to_bool(
            f_mass_mailing_notification, "SentMessage.mass_mailing_notification"
        )
    o = _new(SentMessage)
    _s_id(o, f_id)
    _s_conversation_id(o, f_conversation_id)
    _s_type(o, f_type)
    _s_page(o, f_page)
    _s_time(o, f_time)
    _s_mass_mailing_notification(o, f_mass_mailing_notification)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


SentMessage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
