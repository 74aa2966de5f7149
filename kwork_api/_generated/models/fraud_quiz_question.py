"""FraudQuizQuestion: A question of the anti-fraud quiz.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import fraud_quiz_answer as _m_fraud_quiz_answer

if TYPE_CHECKING:
    from .fraud_quiz_answer import FraudQuizAnswer

_KNOWN = frozenset(
    {
        "text",
        "answers",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class FraudQuizQuestion(KworkModel):
    """A question of the anti-fraud quiz.

    Attributes:
        text: The question.
        answers: Possible answers.
    """

    text: str | None = None
    answers: list[FraudQuizAnswer] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("text", "text", "str | None"),
        ("answers", "answers", "list[FraudQuizAnswer] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], FraudQuizQuestion]]


def _from_wire(
    d: Any,
    where: str = "FraudQuizQuestion",
    _new: Callable[[type[FraudQuizQuestion]], FraudQuizQuestion] = object.__new__,
    _s_text: Callable[[FraudQuizQuestion, Any], None] = FraudQuizQuestion.__dict__["text"].__set__,
    _s_answers: Callable[[FraudQuizQuestion, Any], None] = FraudQuizQuestion.__dict__["answers"].__set__,
    _s_additional_properties: Callable[[FraudQuizQuestion, Any], None] = FraudQuizQuestion.__dict__[
        "additional_properties"
    ].__set__,
) -> FraudQuizQuestion:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "FraudQuizQuestion.text")
    f_answers = g("answers")
    if f_answers is not None:
        if f_answers.__class__ is list:
            f_answers = list(map(_m_fraud_quiz_answer.FraudQuizAnswer._from_wire, f_answers))
        else:
            f_answers = _c.to_list(
                f_answers, _m_fraud_quiz_answer.FraudQuizAnswer._from_wire, "FraudQuizQuestion.answers"
            )
    o = _new(FraudQuizQuestion)
    _s_text(o, f_text)
    _s_answers(o, f_answers)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


FraudQuizQuestion._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
