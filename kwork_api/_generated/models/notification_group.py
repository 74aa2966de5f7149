"""NotificationGroup: Notifications of one kind.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import notification as _m_notification

if TYPE_CHECKING:
    from .notification import Notification

_KNOWN = frozenset(
    {
        "name",
        "description",
        "is_red",
        "priority",
        "entity_type",
        "notifications",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class NotificationGroup(KworkModel):
    """Notifications of one kind.

    Attributes:
        name: Name of the kind.
        description: What notifications of this kind are about.
        is_red: True when the kind is highlighted as important.
        priority: Display priority of the group.
        entity_type: Kind of object the notifications point to, such as an order or a kwork.
        notifications: The notifications of this kind.
    """

    name: str | None = None
    description: str | None = None
    is_red: bool | None = None
    priority: int | None = None
    entity_type: str | None = None
    notifications: list[Notification] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("description", "description", "str | None"),
        ("is_red", "is_red", "bool | None"),
        ("priority", "priority", "int | None"),
        ("entity_type", "entity_type", "str | None"),
        ("notifications", "notifications", "list[Notification] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], NotificationGroup]]


def _from_wire(
    d: Any,
    where: str = "NotificationGroup",
    _new: Callable[[type[NotificationGroup]], NotificationGroup] = object.__new__,
    _s_name: Callable[[NotificationGroup, Any], None] = NotificationGroup.__dict__["name"].__set__,
    _s_description: Callable[[NotificationGroup, Any], None] = NotificationGroup.__dict__[
        "description"
    ].__set__,
    _s_is_red: Callable[[NotificationGroup, Any], None] = NotificationGroup.__dict__["is_red"].__set__,
    _s_priority: Callable[[NotificationGroup, Any], None] = NotificationGroup.__dict__["priority"].__set__,
    _s_entity_type: Callable[[NotificationGroup, Any], None] = NotificationGroup.__dict__[
        "entity_type"
    ].__set__,
    _s_notifications: Callable[[NotificationGroup, Any], None] = NotificationGroup.__dict__[
        "notifications"
    ].__set__,
    _s_additional_properties: Callable[[NotificationGroup, Any], None] = NotificationGroup.__dict__[
        "additional_properties"
    ].__set__,
) -> NotificationGroup:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "NotificationGroup.name")
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "NotificationGroup.description")
    f_is_red = g("is_red")
    if f_is_red is not None and f_is_red.__class__ is not bool:
        f_is_red = _c.to_bool(f_is_red, "NotificationGroup.is_red")
    f_priority = g("priority")
    if f_priority is not None and f_priority.__class__ is not int:
        f_priority = _c.to_int(f_priority, "NotificationGroup.priority")
    f_entity_type = g("entity_type")
    if f_entity_type is not None and f_entity_type.__class__ is not str:
        f_entity_type = _c.to_str(f_entity_type, "NotificationGroup.entity_type")
    f_notifications = g("notifications")
    if f_notifications is not None:
        if f_notifications.__class__ is list:
            f_notifications = list(map(_m_notification.Notification._from_wire, f_notifications))
        else:
            f_notifications = _c.to_list(
                f_notifications, _m_notification.Notification._from_wire, "NotificationGroup.notifications"
            )
    o = _new(NotificationGroup)
    _s_name(o, f_name)
    _s_description(o, f_description)
    _s_is_red(o, f_is_red)
    _s_priority(o, f_priority)
    _s_entity_type(o, f_entity_type)
    _s_notifications(o, f_notifications)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


NotificationGroup._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
