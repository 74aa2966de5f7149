"""`catalogCategories`: List the categories of a rubric.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import rubric_category as _m_rubric_category

if TYPE_CHECKING:
    from ...models.rubric_category import RubricCategory

OPERATION: Operation[list[RubricCategory]] = Operation(
    method="catalogCategories",
    auth="optional",
    replay_safe=True,
    params=(Param("rubric_id", "rubricId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_rubric_category.RubricCategory._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[RubricCategory]",
)
