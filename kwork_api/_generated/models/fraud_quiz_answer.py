"""FraudQuizAnswer: A possible answer to a quiz question.

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
        "text",
        "comment",
        "isCorrect",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class FraudQuizAnswer(KworkModel):
    """A possible answer to a quiz question.

    Attributes:
        text: The answer.
        comment: Explanation shown after the answer is chosen.
        is_correct: True for the right answer. Wire name: `isCorrect`.
    """

    text: str | None = None
    comment: str | None = None
    is_correct: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("text", "text", "str | None"),
        ("comment", "comment", "str | None"),
        ("is_correct", "isCorrect", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], FraudQuizAnswer]]


def _from_wire(
    d: Any,
    where: str = "FraudQuizAnswer",
    _new: Callable[[type[FraudQuizAnswer]], FraudQuizAnswer] = object.__new__,
    _s_text: Callable[[FraudQuizAnswer, Any], None] = FraudQuizAnswer.__dict__["text"].__set__,
    _s_comment: Callable[[FraudQuizAnswer, Any], None] = FraudQuizAnswer.__dict__["comment"].__set__,
    _s_is_correct: Callable[[FraudQuizAnswer, Any], None] = FraudQuizAnswer.__dict__["is_correct"].__set__,
    _s_additional_properties: Callable[[FraudQuizAnswer, Any], None] = FraudQuizAnswer.__dict__[
        "additional_properties"
    ].__set__,
) -> FraudQuizAnswer:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "FraudQuizAnswer.text")
    f_comment = g("comment")
    if f_comment is not None and f_comment.__class__ is not str:
        f_comment = _c.to_str(f_comment, "FraudQuizAnswer.comment")
    f_is_correct = g("isCorrect")
    if f_is_correct is not None and f_is_correct.__class__ is not bool:
        f_is_correct = _c.to_bool(f_is_correct, "FraudQuizAnswer.is_correct")
    o = _new(FraudQuizAnswer)
    _s_text(o, f_text)
    _s_comment(o, f_comment)
    _s_is_correct(o, f_is_correct)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


FraudQuizAnswer._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
