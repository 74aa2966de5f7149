"""Review: A buyer's review of a kwork order, with the seller's answer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import portfolio_item as _m_portfolio_item
from . import review_answer as _m_review_answer
from . import review_kwork as _m_review_kwork
from . import review_writer as _m_review_writer

if TYPE_CHECKING:
    from .portfolio_item import PortfolioItem
    from .review_answer import ReviewAnswer
    from .review_kwork import ReviewKwork
    from .review_writer import ReviewWriter

_KNOWN = frozenset(
    {
        "id",
        "time_added",
        "text",
        "good",
        "bad",
        "auto_mode",
        "writer",
        "answer",
        "kwork",
        "portfolio",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Review(KworkModel):
    """A buyer's review of a kwork order, with the seller's answer.

    Attributes:
        id: Review id; null for a user-review entry that is only a portfolio item.
        time_added: When the review was left (Unix time).
        text: Review text; null for a portfolio-only entry.
        good: True for a positive review.
        bad: True for a negative review.
        auto_mode: Set when the system left the review itself: `inwork_time_over` (not started
            in time), `time_over` (late) or `incorrect_execute` (done wrong).
        writer: Who wrote the review.
        answer: The seller's answer, if any.
        kwork: The kwork the review is about (in user reviews).
        portfolio: The portfolio item of the reviewed order, if any (in user reviews).
    """

    id: int | None = None
    time_added: int | None = None
    text: str | None = None
    good: bool | None = None
    bad: bool | None = None
    auto_mode: str | None = None
    writer: ReviewWriter | None = None
    answer: ReviewAnswer | None = None
    kwork: ReviewKwork | None = None
    portfolio: PortfolioItem | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("time_added", "time_added", "int | None"),
        ("text", "text", "str | None"),
        ("good", "good", "bool | None"),
        ("bad", "bad", "bool | None"),
        ("auto_mode", "auto_mode", "str | None"),
        ("writer", "writer", "ReviewWriter | None"),
        ("answer", "answer", "ReviewAnswer | None"),
        ("kwork", "kwork", "ReviewKwork | None"),
        ("portfolio", "portfolio", "PortfolioItem | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Review]]


def _from_wire(
    d: Any,
    where: str = "Review",
    _new: Callable[[type[Review]], Review] = object.__new__,
    _s_id: Callable[[Review, Any], None] = Review.__dict__["id"].__set__,
    _s_time_added: Callable[[Review, Any], None] = Review.__dict__["time_added"].__set__,
    _s_text: Callable[[Review, Any], None] = Review.__dict__["text"].__set__,
    _s_good: Callable[[Review, Any], None] = Review.__dict__["good"].__set__,
    _s_bad: Callable[[Review, Any], None] = Review.__dict__["bad"].__set__,
    _s_auto_mode: Callable[[Review, Any], None] = Review.__dict__["auto_mode"].__set__,
    _s_writer: Callable[[Review, Any], None] = Review.__dict__["writer"].__set__,
    _s_answer: Callable[[Review, Any], None] = Review.__dict__["answer"].__set__,
    _s_kwork: Callable[[Review, Any], None] = Review.__dict__["kwork"].__set__,
    _s_portfolio: Callable[[Review, Any], None] = Review.__dict__["portfolio"].__set__,
    _s_additional_properties: Callable[[Review, Any], None] = Review.__dict__[
        "additional_properties"
    ].__set__,
) -> Review:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "Review.id")
    f_time_added = g("time_added")
    if f_time_added is not None and f_time_added.__class__ is not int:
        f_time_added = _c.to_int(f_time_added, "Review.time_added")
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "Review.text")
    f_good = g("good")
    if f_good is not None and f_good.__class__ is not bool:
        f_good = _c.to_bool(f_good, "Review.good")
    f_bad = g("bad")
    if f_bad is not None and f_bad.__class__ is not bool:
        f_bad = _c.to_bool(f_bad, "Review.bad")
    f_auto_mode = g("auto_mode")
    if f_auto_mode is not None and f_auto_mode.__class__ is not str:
        f_auto_mode = _c.to_str(f_auto_mode, "Review.auto_mode")
    f_writer = g("writer")
    if f_writer is not None:
        f_writer = _c.to_model(f_writer, _m_review_writer.ReviewWriter._from_wire, "Review.writer")
    f_answer = g("answer")
    if f_answer is not None:
        f_answer = _c.to_model(f_answer, _m_review_answer.ReviewAnswer._from_wire, "Review.answer")
    f_kwork = g("kwork")
    if f_kwork is not None:
        f_kwork = _c.to_model(f_kwork, _m_review_kwork.ReviewKwork._from_wire, "Review.kwork")
    f_portfolio = g("portfolio")
    if f_portfolio is not None:
        f_portfolio = _c.to_model(f_portfolio, _m_portfolio_item.PortfolioItem._from_wire, "Review.portfolio")
    o = _new(Review)
    _s_id(o, f_id)
    _s_time_added(o, f_time_added)
    _s_text(o, f_text)
    _s_good(o, f_good)
    _s_bad(o, f_bad)
    _s_auto_mode(o, f_auto_mode)
    _s_writer(o, f_writer)
    _s_answer(o, f_answer)
    _s_kwork(o, f_kwork)
    _s_portfolio(o, f_portfolio)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Review._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
