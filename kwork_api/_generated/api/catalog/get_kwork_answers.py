"""`getKworkAnswers`: Get a kwork's questions and answers.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import kwork_faq_entry as _m_kwork_faq_entry

if TYPE_CHECKING:
    from ...models.kwork_faq_entry import KworkFaqEntry

OPERATION: Operation[list[KworkFaqEntry]] = Operation(
    method="getKworkAnswers",
    auth="optional",
    replay_safe=True,
    params=(Param("kwork_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_kwork_faq_entry.KworkFaqEntry._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[KworkFaqEntry]",
)
