"""InAppNotification: An announcement the app shows in a dialog box, such as an update prompt.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    actions: list[InAppNotificationAction] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("notification_id", "notification_id", "int | None"),
        ("type", "type", "str | None"),
        ("blocking", "blocking", "bool | None"),
        ("title", "title", "str | None"),
        ("text", "text", "str | None"),
        ("actions", "actions", "list[InAppNotificationAction] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], InAppNotification]]


def _from_wire(
    d: Any,
    where: str = "InAppNotification",
    _new: Callable[[type[InAppNotification]], InAppNotification] = object.__new__,
    _s_notification_id: Callable[[InAppNotification, Any], None] = InAppNotification.__dict__[
        "notification_id"
    ].__set__,
    _s_type: Callable[[InAppNotification, Any], None] = InAppNotification.__dict__["type"].__set__,
    _s_blocking: Callable[[InAppNotification, Any], None] = InAppNotification.__dict__["blocking"].__set__,
    _s_title: Callable[[InAppNotification, Any], None] = InAppNotification.__dict__["title"].__set__,
    _s_text: Callable[[InAppNotification, Any], None] = InAppNotification.__dict__["text"].__set__,
    _s_actions: Callable[[InAppNotification, Any], None] = InAppNotification.__dict__["actions"].__set__,
    _s_additional_properties: Callable[[InAppNotification, Any], None] = InAppNotification.__dict__[
        "additional_properties"
    ].__set__,
) -> InAppNotification:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
        if f_actions.__class__ is list:
            f_actions = list(map(_m_in_app_notification_action.InAppNotificationAction._from_wire, f_actions))
        else:
            f_actions = _c.to_list(
                f_actions,
                _m_in_app_notification_action.InAppNotificationAction._from_wire,
                "InAppNotification.actions",
            )
    o = _new(InAppNotification)
    _s_notification_id(o, f_notification_id)
    _s_type(o, f_type)
    _s_blocking(o, f_blocking)
    _s_title(o, f_title)
    _s_text(o, f_text)
    _s_actions(o, f_actions)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


InAppNotification._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
