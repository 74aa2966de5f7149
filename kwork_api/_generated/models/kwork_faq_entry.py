"""KworkFaqEntry: A question and answer from a kwork's FAQ.

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
        "question",
        "answer",
        "position",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkFaqEntry(KworkModel):
    """A question and answer from a kwork's FAQ.

    Attributes:
        id: Entry id.
        question: Question.
        answer: Answer.
        position: Sort position.
    """

    id: int
    question: str | None = None
    answer: str | None = None
    position: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("question", "question", "str | None"),
        ("answer", "answer", "str | None"),
        ("position", "position", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkFaqEntry]]


def _from_wire(
    d: Any,
    where: str = "KworkFaqEntry",
    _new: Callable[[type[KworkFaqEntry]], KworkFaqEntry] = object.__new__,
    _s_id: Callable[[KworkFaqEntry, Any], None] = KworkFaqEntry.__dict__["id"].__set__,
    _s_question: Callable[[KworkFaqEntry, Any], None] = KworkFaqEntry.__dict__["question"].__set__,
    _s_answer: Callable[[KworkFaqEntry, Any], None] = KworkFaqEntry.__dict__["answer"].__set__,
    _s_position: Callable[[KworkFaqEntry, Any], None] = KworkFaqEntry.__dict__["position"].__set__,
    _s_additional_properties: Callable[[KworkFaqEntry, Any], None] = KworkFaqEntry.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkFaqEntry:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkFaqEntry.id")
        if f_id is None:
            raise _c.missing("KworkFaqEntry.id")
    f_question = g("question")
    if f_question is not None and f_question.__class__ is not str:
        f_question = _c.to_str(f_question, "KworkFaqEntry.question")
    f_answer = g("answer")
    if f_answer is not None and f_answer.__class__ is not str:
        f_answer = _c.to_str(f_answer, "KworkFaqEntry.answer")
    f_position = g("position")
    if f_position is not None and f_position.__class__ is not int:
        f_position = _c.to_int(f_position, "KworkFaqEntry.position")
    o = _new(KworkFaqEntry)
    _s_id(o, f_id)
    _s_question(o, f_question)
    _s_answer(o, f_answer)
    _s_position(o, f_position)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkFaqEntry._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
