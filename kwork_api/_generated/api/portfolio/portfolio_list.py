"""`portfolioList`: List a user's portfolio items.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import portfolio_page as _m_portfolio_page

if TYPE_CHECKING:
    from ...models.portfolio_page import PortfolioPage

OPERATION: Operation[PortfolioPage] = Operation(
    method="portfolioList",
    auth="optional",
    replay_safe=True,
    params=(
        Param("user_id", "user_id", "query", "plain", kind="int", required=True),
        Param("category_id", "category_id", "query", "plain", kind="str", required=True),
        Param("page", "page", "query", "plain", kind="int", required=True),
    ),
    result="data",
    parse=_m_portfolio_page.PortfolioPage._from_wire,
    empty="page",
    paged="portfolio",
    session=None,
    returns="PortfolioPage",
)
