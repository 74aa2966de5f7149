"""InAppNotification: An announcement the app shows in a dialog box, such as an update prompt.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import in_app_notification_action as _m_in_app_notification_action

if TYPE_CHECKING:
    from .in_app_notification_action import InAppNotificationAction

_KNOWN = frozenset(
    {
        "notification_id",
        "type",
        "blocking",
        "title",
        "text",
        "actions",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class InAppNotification(KworkModel):
    """An announcement the app shows in a dialog box, such as an update prompt.

    Attributes:
        notification_id: Announcement id.
        type: Kind of announcement.
        blocking: True when the app must not be used until the user acts (an important update).
        title: Heading.
        text: Body text.
        actions: Buttons to offer.
    """

    notification_id: int | None = None
    type: str | None = None
    blocking: bool | None = None
    title: str | None = None
    text: str | None = None
    actions: list[InAppNotificationAction] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("notification_id", "notification_id", "int | None"),
        ("type", "type", "str | None"),
        ("blocking", "blocking", "bool | None"),
        ("title", "title", "str | None"),
        ("text", "text", "str | None"),
        ("actions", "actions", "list[InAppNotificationAction] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "InAppNotification") -> InAppNotification:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_notification_id = g("notification_id")
        if f_notification_id is not None and f_notification_id.__class__ is not int:
            f_notification_id = _c.to_int(f_notification_id, "InAppNotification.notification_id")
        f_type = g("type")
        if f_type is not None and f_type.__class__ is not str:
            f_type = _c.to_str(f_type, "InAppNotification.type")
        f_blocking = g("blocking")
        if f_blocking is not None and f_blocking.__class__ is not bool:
            f_blocking = _c.to_bool(f_blocking, "InAppNotification.blocking")
        f_title = g("title")
        if f_title is not None and f_title.__class__ is not str:
            f_title = _c.to_str(f_title, "InAppNotification.title")
        f_text = g("text")
        if f_text is not None and f_text.__class__ is not str:
            f_text = _c.to_str(f_text, "InAppNotification.text")
        f_actions = g("actions")
        if f_actions is not None:
            f_actions = _c.to_list(
                f_actions,
                _m_in_app_notification_action.InAppNotificationAction._from_wire,
                "InAppNotification.actions",
            )
        extra = d.keys() - _KNOWN
        return InAppNotification(
            f_notification_id,
            f_type,
            f_blocking,
            f_title,
            f_text,
            f_actions,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
