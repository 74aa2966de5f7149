"""OrderReviewBlock: The review of an order and the answer to it, as shown at the end of the order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_review_answer as _m_order_review_answer
from . import order_review_entry as _m_order_review_entry

if TYPE_CHECKING:
    from .order_review_answer import OrderReviewAnswer
    from .order_review_entry import OrderReviewEntry

_KNOWN = frozenset(
    {
        "review",
        "answer",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderReviewBlock(KworkModel):
    """The review of an order and the answer to it, as shown at the end of the order.

    Attributes:
        review: The buyer's review.
        answer: The seller's answer to the review.
    """

    review: OrderReviewEntry | None = None
    answer: OrderReviewAnswer | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("review", "review", "OrderReviewEntry | None"),
        ("answer", "answer", "OrderReviewAnswer | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderReviewBlock]]


def _from_wire(
    d: Any,
    where: str = "OrderReviewBlock",
    _new: Callable[[type[OrderReviewBlock]], OrderReviewBlock] = object.__new__,
    _s_review: Callable[[OrderReviewBlock, Any], None] = OrderReviewBlock.__dict__["review"].__set__,
    _s_answer: Callable[[OrderReviewBlock, Any], None] = OrderReviewBlock.__dict__["answer"].__set__,
    _s_additional_properties: Callable[[OrderReviewBlock, Any], None] = OrderReviewBlock.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderReviewBlock:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_review = g("review")
    if f_review is not None:
        f_review = _c.to_model(
            f_review, _m_order_review_entry.OrderReviewEntry._from_wire, "OrderReviewBlock.review"
        )
    f_answer = g("answer")
    if f_answer is not None:
        f_answer = _c.to_model(
            f_answer, _m_order_review_answer.OrderReviewAnswer._from_wire, "OrderReviewBlock.answer"
        )
    o = _new(OrderReviewBlock)
    _s_review(o, f_review)
    _s_answer(o, f_answer)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderReviewBlock._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
