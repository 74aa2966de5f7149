"""`getComplainCategories`: List the reasons a complaint can be filed for.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import complaint_category as _m_complaint_category

if TYPE_CHECKING:
    from ...models.complaint_category import ComplaintCategory

OPERATION: Operation[list[ComplaintCategory]] = Operation(
    method="getComplainCategories",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_complaint_category.ComplaintCategory._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[ComplaintCategory]",
)
