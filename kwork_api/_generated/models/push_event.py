"""PushEvent: A queued push event (new message, notification, ...).

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
        "entity_id",
        "user_id",
        "data",
        "created_at",
        "event",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PushEvent(KworkModel):
    """A queued push event (new message, notification, ...).

    Attributes:
        id: Event id in the queue; confirm it with `mark_events_received`.
        entity_id: Id of the object the event is about, such as a message or notification.
        user_id: User id of the recipient (the signed-in user).
        data: Event payload, an object whose keys depend on `event`.
        created_at: When the event was created, as a date-time string.
        event: Name of the event.
    """

    id: int
    entity_id: int | None = None
    user_id: int | None = None
    data: Any = _attrs.field(default=None, hash=False)
    created_at: str | None = None
    event: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("entity_id", "entity_id", "int | None"),
        ("user_id", "user_id", "int | None"),
        ("data", "data", "Any"),
        ("created_at", "created_at", "str | None"),
        ("event", "event", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PushEvent]]


def _from_wire(
    d: Any,
    where: str = "PushEvent",
    _new: Callable[[type[PushEvent]], PushEvent] = object.__new__,
    _s_id: Callable[[PushEvent, Any], None] = PushEvent.__dict__["id"].__set__,
    _s_entity_id: Callable[[PushEvent, Any], None] = PushEvent.__dict__["entity_id"].__set__,
    _s_user_id: Callable[[PushEvent, Any], None] = PushEvent.__dict__["user_id"].__set__,
    _s_data: Callable[[PushEvent, Any], None] = PushEvent.__dict__["data"].__set__,
    _s_created_at: Callable[[PushEvent, Any], None] = PushEvent.__dict__["created_at"].__set__,
    _s_event: Callable[[PushEvent, Any], None] = PushEvent.__dict__["event"].__set__,
    _s_additional_properties: Callable[[PushEvent, Any], None] = PushEvent.__dict__[
        "additional_properties"
    ].__set__,
) -> PushEvent:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "PushEvent.id")
        if f_id is None:
            raise _c.missing("PushEvent.id")
    f_entity_id = g("entity_id")
    if f_entity_id is not None and f_entity_id.__class__ is not int:
        f_entity_id = _c.to_int(f_entity_id, "PushEvent.entity_id")
    f_user_id = g("user_id")
    if f_user_id is not None and f_user_id.__class__ is not int:
        f_user_id = _c.to_int(f_user_id, "PushEvent.user_id")
    f_data = g("data")
    f_created_at = g("created_at")
    if f_created_at is not None and f_created_at.__class__ is not str:
        f_created_at = _c.to_str(f_created_at, "PushEvent.created_at")
    f_event = g("event")
    if f_event is not None and f_event.__class__ is not str:
        f_event = _c.to_str(f_event, "PushEvent.event")
    o = _new(PushEvent)
    _s_id(o, f_id)
    _s_entity_id(o, f_entity_id)
    _s_user_id(o, f_user_id)
    _s_data(o, f_data)
    _s_created_at(o, f_created_at)
    _s_event(o, f_event)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PushEvent._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
