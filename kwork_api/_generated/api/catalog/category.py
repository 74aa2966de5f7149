"""`category`: Get a category with its attributes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import category_details as _m_category_details

if TYPE_CHECKING:
    from ...models.category_details import CategoryDetails

OPERATION: Operation[CategoryDetails] = Operation(
    method="category",
    auth="optional",
    replay_safe=True,
    params=(
        Param("category_id", "category_id", "query", "plain", kind="int"),
        Param("attribute_id", "attribute_id", "query", "csv", kind="int"),
    ),
    result="data",
    parse=_m_category_details.CategoryDetails._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CategoryDetails",
)
