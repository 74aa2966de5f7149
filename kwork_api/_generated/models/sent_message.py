"""SentMessage: A message just stored by the server.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("conversation_id", "conversation_id", "int | None"),
        ("type", "type", "str | None"),
        ("page", "page", "int | None"),
        ("time", "time", "int | None"),
        ("mass_mailing_notification", "mass_mailing_notification", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "SentMessage") -> SentMessage:
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
        extra = d.keys() - _KNOWN
        return SentMessage(
            f_id,
            f_conversation_id,
            f_type,
            f_page,
            f_time,
            f_mass_mailing_notification,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
