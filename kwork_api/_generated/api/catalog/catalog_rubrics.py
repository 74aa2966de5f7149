"""`catalogRubrics`: List the top-level rubrics of the catalog menu.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import catalog_rubric as _m_catalog_rubric

if TYPE_CHECKING:
    from ...models.catalog_rubric import CatalogRubric

OPERATION: Operation[list[CatalogRubric]] = Operation(
    method="catalogRubrics",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_catalog_rubric.CatalogRubric._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[CatalogRubric]",
)
