"""Notification: One notification. The fields beyond id, time, entity and link depend on its kind.

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
        "added",
        "entity_id",
        "link",
        "kworkTitle",
        "otherUserId",
        "otherUserName",
        "otherUserAvatar",
        "isOtherUserOnline",
        "orderId",
        "orderTitle",
        "stageTitle",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Notification(KworkModel):
    """One notification. The fields beyond id, time, entity and link depend on its kind.

    Attributes:
        id: Notification id.
        added: When it was created (Unix time).
        entity_id: Id of the object it is about (order, kwork, ...).
        link: Site address to open.
        kwork_title: Title of the kwork, for kwork notifications. Wire name: `kworkTitle`.
        other_user_id: User id of the other user, for notifications about someone's action. Wire
            name: `otherUserId`.
        other_user_name: User name of the other user. Wire name: `otherUserName`.
        other_user_avatar: Avatar URL of the other user. Wire name: `otherUserAvatar`.
        is_other_user_online: True while the other user is online. Wire name:
            `isOtherUserOnline`.
        order_id: Order id, for order notifications. Wire name: `orderId`.
        order_title: Order title, for order notifications. Wire name: `orderTitle`.
        stage_title: Title of the order stage, for stage notifications. Wire name: `stageTitle`.
    """

    id: int
    added: int | None = None
    entity_id: int | None = None
    link: str | None = None
    kwork_title: str | None = None
    other_user_id: int | None = None
    other_user_name: str | None = None
    other_user_avatar: str | None = None
    is_other_user_online: bool | None = None
    order_id: int | None = None
    order_title: str | None = None
    stage_title: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("added", "added", "int | None"),
        ("entity_id", "entity_id", "int | None"),
        ("link", "link", "str | None"),
        ("kwork_title", "kworkTitle", "str | None"),
        ("other_user_id", "otherUserId", "int | None"),
        ("other_user_name", "otherUserName", "str | None"),
        ("other_user_avatar", "otherUserAvatar", "str | None"),
        ("is_other_user_online", "isOtherUserOnline", "bool | None"),
        ("order_id", "orderId", "int | None"),
        ("order_title", "orderTitle", "str | None"),
        ("stage_title", "stageTitle", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Notification]]


def _from_wire(
    d: Any,
    where: str = "Notification",
    _new: Callable[[type[Notification]], Notification] = object.__new__,
    _s_id: Callable[[Notification, Any], None] = Notification.__dict__["id"].__set__,
    _s_added: Callable[[Notification, Any], None] = Notification.__dict__["added"].__set__,
    _s_entity_id: Callable[[Notification, Any], None] = Notification.__dict__["entity_id"].__set__,
    _s_link: Callable[[Notification, Any], None] = Notification.__dict__["link"].__set__,
    _s_kwork_title: Callable[[Notification, Any], None] = Notification.__dict__["kwork_title"].__set__,
    _s_other_user_id: Callable[[Notification, Any], None] = Notification.__dict__["other_user_id"].__set__,
    _s_other_user_name: Callable[[Notification, Any], None] = Notification.__dict__[
        "other_user_name"
    ].__set__,
    _s_other_user_avatar: Callable[[Notification, Any], None] = Notification.__dict__[
        "other_user_avatar"
    ].__set__,
    _s_is_other_user_online: Callable[[Notification, Any], None] = Notification.__dict__[
        "is_other_user_online"
    ].__set__,
    _s_order_id: Callable[[Notification, Any], None] = Notification.__dict__["order_id"].__set__,
    _s_order_title: Callable[[Notification, Any], None] = Notification.__dict__["order_title"].__set__,
    _s_stage_title: Callable[[Notification, Any], None] = Notification.__dict__["stage_title"].__set__,
    _s_additional_properties: Callable[[Notification, Any], None] = Notification.__dict__[
        "additional_properties"
    ].__set__,
) -> Notification:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "Notification.id")
        if f_id is None:
            raise _c.missing("Notification.id")
    f_added = g("added")
    if f_added is not None and f_added.__class__ is not int:
        f_added = _c.to_int(f_added, "Notification.added")
    f_entity_id = g("entity_id")
    if f_entity_id is not None and f_entity_id.__class__ is not int:
        f_entity_id = _c.to_int(f_entity_id, "Notification.entity_id")
    f_link = g("link")
    if f_link is not None and f_link.__class__ is not str:
        f_link = _c.to_str(f_link, "Notification.link")
    f_kwork_title = g("kworkTitle")
    if f_kwork_title is not None and f_kwork_title.__class__ is not str:
        f_kwork_title = _c.to_str(f_kwork_title, "Notification.kwork_title")
    f_other_user_id = g("otherUserId")
    if f_other_user_id is not None and f_other_user_id.__class__ is not int:
        f_other_user_id = _c.to_int(f_other_user_id, "Notification.other_user_id")
    f_other_user_name = g("otherUserName")
    if f_other_user_name is not None and f_other_user_name.__class__ is not str:
        f_other_user_name = _c.to_str(f_other_user_name, "Notification.other_user_name")
    f_other_user_avatar = g("otherUserAvatar")
    if f_other_user_avatar is not None and f_other_user_avatar.__class__ is not str:
        f_other_user_avatar = _c.to_str(f_other_user_avatar, "Notification.other_user_avatar")
    f_is_other_user_online = g("isOtherUserOnline")
    if f_is_other_user_online is not None and f_is_other_user_online.__class__ is not bool:
        f_is_other_user_online = _c.to_bool(f_is_other_user_online, "Notification.is_other_user_online")
    f_order_id = g("orderId")
    if f_order_id is not None and f_order_id.__class__ is not int:
        f_order_id = _c.to_int(f_order_id, "Notification.order_id")
    f_order_title = g("orderTitle")
    if f_order_title is not None and f_order_title.__class__ is not str:
        f_order_title = _c.to_str(f_order_title, "Notification.order_title")
    f_stage_title = g("stageTitle")
    if f_stage_title is not None and f_stage_title.__class__ is not str:
        f_stage_title = _c.to_str(f_stage_title, "Notification.stage_title")
    o = _new(Notification)
    _s_id(o, f_id)
    _s_added(o, f_added)
    _s_entity_id(o, f_entity_id)
    _s_link(o, f_link)
    _s_kwork_title(o, f_kwork_title)
    _s_other_user_id(o, f_other_user_id)
    _s_other_user_name(o, f_other_user_name)
    _s_other_user_avatar(o, f_other_user_avatar)
    _s_is_other_user_online(o, f_is_other_user_online)
    _s_order_id(o, f_order_id)
    _s_order_title(o, f_order_title)
    _s_stage_title(o, f_stage_title)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Notification._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
