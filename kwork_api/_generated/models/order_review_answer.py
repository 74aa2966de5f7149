"""OrderReviewAnswer: The seller's answer to a review, as shown in an order's tracks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_review_action as _m_order_review_action

if TYPE_CHECKING:
    from .order_review_action import OrderReviewAction

_KNOWN = frozenset(
    {
        "title",
        "review",
        "is_unread",
        "sent_timestamp",
        "moderation_status",
        "actions",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderReviewAnswer(KworkModel):
    """The seller's answer to a review, as shown in an order's tracks.

    Attributes:
        title: Heading shown above the answer.
        review: Answer text.
        is_unread: True while the user has not seen it.
        sent_timestamp: When it was written (Unix time).
        moderation_status: Moderation state: `new` (pending), `active` (public) or `reject`
            (rejected).
        actions: Action the user can take on the answer.
    """

    title: str | None = None
    review: str | None = None
    is_unread: bool | None = None
    sent_timestamp: int | None = None
    moderation_status: str | None = None
    actions: OrderReviewAction | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("title", "title", "str | None"),
        ("review", "review", "str | None"),
        ("is_unread", "is_unread", "bool | None"),
        ("sent_timestamp", "sent_timestamp", "int | None"),
        ("moderation_status", "moderation_status", "str | None"),
        ("actions", "actions", "OrderReviewAction | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderReviewAnswer]]


def _from_wire(
    d: Any,
    where: str = "OrderReviewAnswer",
    _new: Callable[[type[OrderReviewAnswer]], OrderReviewAnswer] = object.__new__,
    _s_title: Callable[[OrderReviewAnswer, Any], None] = OrderReviewAnswer.__dict__["title"].__set__,
    _s_review: Callable[[OrderReviewAnswer, Any], None] = OrderReviewAnswer.__dict__["review"].__set__,
    _s_is_unread: Callable[[OrderReviewAnswer, Any], None] = OrderReviewAnswer.__dict__["is_unread"].__set__,
    _s_sent_timestamp: Callable[[OrderReviewAnswer, Any], None] = OrderReviewAnswer.__dict__[
        "sent_timestamp"
    ].__set__,
    _s_moderation_status: Callable[[OrderReviewAnswer, Any], None] = OrderReviewAnswer.__dict__[
        "moderation_status"
    ].__set__,
    _s_actions: Callable[[OrderReviewAnswer, Any], None] = OrderReviewAnswer.__dict__["actions"].__set__,
    _s_additional_properties: Callable[[OrderReviewAnswer, Any], None] = OrderReviewAnswer.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderReviewAnswer:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "OrderReviewAnswer.title")
    f_review = g("review")
    if f_review is not None and f_review.__class__ is not str:
        f_review = _c.to_str(f_review, "OrderReviewAnswer.review")
    f_is_unread = g("is_unread")
    if f_is_unread is not None and f_is_unread.__class__ is not bool:
        f_is_unread = _c.to_bool(f_is_unread, "OrderReviewAnswer.is_unread")
    f_sent_timestamp = g("sent_timestamp")
    if f_sent_timestamp is not None and f_sent_timestamp.__class__ is not int:
        f_sent_timestamp = _c.to_int(f_sent_timestamp, "OrderReviewAnswer.sent_timestamp")
    f_moderation_status = g("moderation_status")
    if f_moderation_status is not None and f_moderation_status.__class__ is not str:
        f_moderation_status = _c.to_str(f_moderation_status, "OrderReviewAnswer.moderation_status")
    f_actions = g("actions")
    if f_actions is not None:
        f_actions = _c.to_model(
            f_actions, _m_order_review_action.OrderReviewAction._from_wire, "OrderReviewAnswer.actions"
        )
    o = _new(OrderReviewAnswer)
    _s_title(o, f_title)
    _s_review(o, f_review)
    _s_is_unread(o, f_is_unread)
    _s_sent_timestamp(o, f_sent_timestamp)
    _s_moderation_status(o, f_moderation_status)
    _s_actions(o, f_actions)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderReviewAnswer._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
