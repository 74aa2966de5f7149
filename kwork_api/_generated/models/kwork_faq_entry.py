"""KworkFaqEntry: A question and answer from a kwork's FAQ.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("question", "question", "str | None"),
        ("answer", "answer", "str | None"),
        ("position", "position", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkFaqEntry") -> KworkFaqEntry:
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
        extra = d.keys() - _KNOWN
        return KworkFaqEntry(
            f_id,
            f_question,
            f_answer,
            f_position,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
