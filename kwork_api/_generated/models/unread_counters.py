"""UnreadCounters: Unread counters of the signed-in user, as the app shows them on its badges.

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
        "dialogs_unread_count",
        "unread_messages_count",
        "warning_dialogs_count",
        "important_dialog_count",
        "notifications_unread_count",
        "important_notifications_count",
        "notifications_not_delivered",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class UnreadCounters(KworkModel):
    """Unread counters of the signed-in user, as the app shows them on its badges.

    Attributes:
        dialogs_unread_count: Number of dialogs with unread messages.
        unread_messages_count: Number of unread messages across all dialogs.
        warning_dialogs_count: Number of important dialogs with unread messages.
        important_dialog_count: Number of dialogs marked important.
        notifications_unread_count: Number of unread notifications.
        important_notifications_count: True when some unread notifications are important (a flag
            despite its name).
        notifications_not_delivered: True when notifications fail to reach the device and the
            app should ask the user to exempt it from battery optimisation.
    """

    dialogs_unread_count: int | None = None
    unread_messages_count: int | None = None
    warning_dialogs_count: int | None = None
    important_dialog_count: int | None = None
    notifications_unread_count: int | None = None
    important_notifications_count: bool | None = None
    notifications_not_delivered: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("dialogs_unread_count", "dialogs_unread_count", "int | None"),
        ("unread_messages_count", "unread_messages_count", "int | None"),
        ("warning_dialogs_count", "warning_dialogs_count", "int | None"),
        ("important_dialog_count", "important_dialog_count", "int | None"),
        ("notifications_unread_count", "notifications_unread_count", "int | None"),
        ("important_notifications_count", "important_notifications_count", "bool | None"),
        ("notifications_not_delivered", "notifications_not_delivered", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], UnreadCounters]]


def _from_wire(
    d: Any,
    where: str = "UnreadCounters",
    _new: Callable[[type[UnreadCounters]], UnreadCounters] = object.__new__,
    _s_dialogs_unread_count: Callable[[UnreadCounters, Any], None] = UnreadCounters.__dict__[
        "dialogs_unread_count"
    ].__set__,
    _s_unread_messages_count: Callable[[UnreadCounters, Any], None] = UnreadCounters.__dict__[
        "unread_messages_count"
    ].__set__,
    _s_warning_dialogs_count: Callable[[UnreadCounters, Any], None] = UnreadCounters.__dict__[
        "warning_dialogs_count"
    ].__set__,
    _s_important_dialog_count: Callable[[UnreadCounters, Any], None] = UnreadCounters.__dict__[
        "important_dialog_count"
    ].__set__,
    _s_notifications_unread_count: Callable[[UnreadCounters, Any], None] = UnreadCounters.__dict__[
        "notifications_unread_count"
    ].__set__,
    _s_important_notifications_count: Callable[[UnreadCounters, Any], None] = UnreadCounters.__dict__[
        "important_notifications_count"
    ].__set__,
    _s_notifications_not_delivered: Callable[[UnreadCounters, Any], None] = UnreadCounters.__dict__[
        "notifications_not_delivered"
    ].__set__,
    _s_additional_properties: Callable[[UnreadCounters, Any], None] = UnreadCounters.__dict__[
        "additional_properties"
    ].__set__,
) -> UnreadCounters:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_dialogs_unread_count = g("dialogs_unread_count")
    if f_dialogs_unread_count is not None and f_dialogs_unread_count.__class__ is not int:
        f_dialogs_unread_count = _c.to_int(f_dialogs_unread_count, "UnreadCounters.dialogs_unread_count")
    f_unread_messages_count = g("unread_messages_count")
    if f_unread_messages_count is not None and f_unread_messages_count.__class__ is not int:
        f_unread_messages_count = _c.to_int(f_unread_messages_count, "UnreadCounters.unread_messages_count")
    f_warning_dialogs_count = g("warning_dialogs_count")
    if f_warning_dialogs_count is not None and f_warning_dialogs_count.__class__ is not int:
        f_warning_dialogs_count = _c.to_int(f_warning_dialogs_count, "UnreadCounters.warning_dialogs_count")
    f_important_dialog_count = g("important_dialog_count")
    if f_important_dialog_count is not None and f_important_dialog_count.__class__ is not int:
        f_important_dialog_count = _c.to_int(
            f_important_dialog_count, "UnreadCounters.important_dialog_count"
        )
    f_notifications_unread_count = g("notifications_unread_count")
    if f_notifications_unread_count is not None and f_notifications_unread_count.__class__ is not int:
        f_notifications_unread_count = _c.to_int(
            f_notifications_unread_count, "UnreadCounters.notifications_unread_count"
        )
    f_important_notifications_count = g("important_notifications_count")
    if f_important_notifications_count is not None and f_important_notifications_count.__class__ is not bool:
        f_important_notifications_count = _c.to_bool(
            f_important_notifications_count, "UnreadCounters.important_notifications_count"
        )
    f_notifications_not_delivered = g("notifications_not_delivered")
    if f_notifications_not_delivered is not None and f_notifications_not_delivered.__class__ is not bool:
        f_notifications_not_delivered = _c.to_bool(
            f_notifications_not_delivered, "UnreadCounters.notifications_not_delivered"
        )
    o = _new(UnreadCounters)
    _s_dialogs_unread_count(o, f_dialogs_unread_count)
    _s_unread_messages_count(o, f_unread_messages_count)
    _s_warning_dialogs_count(o, f_warning_dialogs_count)
    _s_important_dialog_count(o, f_important_dialog_count)
    _s_notifications_unread_count(o, f_notifications_unread_count)
    _s_important_notifications_count(o, f_important_notifications_count)
    _s_notifications_not_delivered(o, f_notifications_not_delivered)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


UnreadCounters._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
