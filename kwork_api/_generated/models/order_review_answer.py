"""OrderReviewAnswer: The seller's answer to a review, as shown in an order's tracks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("title", "title", "str | None"),
        ("review", "review", "str | None"),
        ("is_unread", "is_unread", "bool | None"),
        ("sent_timestamp", "sent_timestamp", "int | None"),
        ("moderation_status", "moderation_status", "str | None"),
        ("actions", "actions", "OrderReviewAction | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderReviewAnswer") -> OrderReviewAnswer:
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
        extra = d.keys() - _KNOWN
        return OrderReviewAnswer(
            f_title,
            f_review,
            f_is_unread,
            f_sent_timestamp,
            f_moderation_status,
            f_actions,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
