"""`getFishingTutorialQuestions`: Get the questions of the anti-fraud quiz.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import fraud_quiz_question as _m_fraud_quiz_question

if TYPE_CHECKING:
    from ...models.fraud_quiz_question import FraudQuizQuestion

OPERATION: Operation[list[FraudQuizQuestion]] = Operation(
    method="getFishingTutorialQuestions",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_fraud_quiz_question.FraudQuizQuestion._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[FraudQuizQuestion]",
)
