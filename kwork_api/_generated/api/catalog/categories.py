"""`categories`: Get the category tree.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import kwork_category as _m_kwork_category

if TYPE_CHECKING:
    from ...models.kwork_category import KworkCategory

OPERATION: Operation[list[KworkCategory]] = Operation(
    method="categories",
    auth="none",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_kwork_category.KworkCategory._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[KworkCategory]",
)
