"""`portfolioCategoriesList`: List a user's portfolio grouped by category.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import portfolio_category_tab as _m_portfolio_category_tab

if TYPE_CHECKING:
    from ...models.portfolio_category_tab import PortfolioCategoryTab

OPERATION: Operation[list[PortfolioCategoryTab]] = Operation(
    method="portfolioCategoriesList",
    auth="required",
    replay_safe=True,
    params=(Param("user_id", "user_id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_portfolio_category_tab.PortfolioCategoryTab._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[PortfolioCategoryTab]",
)
