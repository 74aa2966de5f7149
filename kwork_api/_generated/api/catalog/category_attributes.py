"""`categoryAttributes`: Get the attribute tree of a category.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import category_attribute as _m_category_attribute

if TYPE_CHECKING:
    from ...models.category_attribute import CategoryAttribute

OPERATION: Operation[list[CategoryAttribute]] = Operation(
    method="categoryAttributes",
    auth="optional",
    replay_safe=True,
    params=(Param("category_id", "category_id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_category_attribute.CategoryAttribute._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[CategoryAttribute]",
)
