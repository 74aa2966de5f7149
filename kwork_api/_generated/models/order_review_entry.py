"""OrderReviewEntry: A review as shown in an order's tracks.

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
        "title",
        "type",
        "review",
        "actions",
        "auto_mode",
        "is_unread",
        "sent_timestamp",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderReviewEntry(KworkModel):
    """A review as shown in an order's tracks.

    Attributes:
        title: Heading shown above the review.
        type: Whether the review is positive or negative.
        review: Review text.
        actions: Actions the user can take on it.
        auto_mode: Kind of automatic review, when the system left it.
        is_unread: True while the user has not seen it.
        sent_timestamp: When it was left (Unix time).
    """

    title: str | None = None
    type: str | None = None
    review: str | None = None
    actions: list[str] | None = _attrs.field(default=None, hash=False)
    auto_mode: str | None = None
    is_unread: bool | None = None
    sent_timestamp: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("title", "title", "str | None"),
        ("type", "type", "str | None"),
        ("review", "review", "str | None"),
        ("actions", "actions", "list[str] | None"),
        ("auto_mode", "auto_mode", "str | None"),
        ("is_unread", "is_unread", "bool | None"),
        ("sent_timestamp", "sent_timestamp", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderReviewEntry]]


def _from_wire(
    d: Any,
    where: str = "OrderReviewEntry",
    _new: Callable[[type[OrderReviewEntry]], OrderReviewEntry] = object.__new__,
    _s_title: Callable[[OrderReviewEntry, Any], None] = OrderReviewEntry.__dict__["title"].__set__,
    _s_type: Callable[[OrderReviewEntry, Any], None] = OrderReviewEntry.__dict__["type"].__set__,
    _s_review: Callable[[OrderReviewEntry, Any], None] = OrderReviewEntry.__dict__["review"].__set__,
    _s_actions: Callable[[OrderReviewEntry, Any], None] = OrderReviewEntry.__dict__["actions"].__set__,
    _s_auto_mode: Callable[[OrderReviewEntry, Any], None] = OrderReviewEntry.__dict__["auto_mode"].__set__,
    _s_is_unread: Callable[[OrderReviewEntry, Any], None] = OrderReviewEntry.__dict__["is_unread"].__set__,
    _s_sent_timestamp: Callable[[OrderReviewEntry, Any], None] = OrderReviewEntry.__dict__[
        "sent_timestamp"
    ].__set__,
    _s_additional_properties: Callable[[OrderReviewEntry, Any], None] = OrderReviewEntry.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderReviewEntry:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "OrderReviewEntry.title")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "OrderReviewEntry.type")
    f_review = g("review")
    if f_review is not None and f_review.__class__ is not str:
        f_review = _c.to_str(f_review, "OrderReviewEntry.review")
    f_actions = g("actions")
    if f_actions is not None:
        f_actions = _c.to_list(f_actions, _c.to_str, "OrderReviewEntry.actions")
    f_auto_mode = g("auto_mode")
    if f_auto_mode is not None and f_auto_mode.__class__ is not str:
        f_auto_mode = _c.to_str(f_auto_mode, "OrderReviewEntry.auto_mode")
    f_is_unread = g("is_unread")
    if f_is_unread is not None and f_is_unread.__class__ is not bool:
        f_is_unread = _c.to_bool(f_is_unread, "OrderReviewEntry.is_unread")
    f_sent_timestamp = g("sent_timestamp")
    if f_sent_timestamp is not None and f_sent_timestamp.__class__ is not int:
        f_sent_timestamp = _c.to_int(f_sent_timestamp, "OrderReviewEntry.sent_timestamp")
    o = _new(OrderReviewEntry)
    _s_title(o, f_title)
    _s_type(o, f_type)
    _s_review(o, f_review)
    _s_actions(o, f_actions)
    _s_auto_mode(o, f_auto_mode)
    _s_is_unread(o, f_is_unread)
    _s_sent_timestamp(o, f_sent_timestamp)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderReviewEntry._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
