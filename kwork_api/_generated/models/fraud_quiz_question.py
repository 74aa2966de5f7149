"""FraudQuizQuestion: A question of the anti-fraud quiz.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    answers: list[FraudQuizAnswer] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("text", "text", "str | None"),
        ("answers", "answers", "list[FraudQuizAnswer] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "FraudQuizQuestion") -> FraudQuizQuestion:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_text = g("text")
        if f_text is not None and f_text.__class__ is not str:
            f_text = _c.to_str(f_text, "FraudQuizQuestion.text")
        f_answers = g("answers")
        if f_answers is not None:
            f_answers = _c.to_list(
                f_answers, _m_fraud_quiz_answer.FraudQuizAnswer._from_wire, "FraudQuizQuestion.answers"
            )
        extra = d.keys() - _KNOWN
        return FraudQuizQuestion(
            f_text,
            f_answers,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
