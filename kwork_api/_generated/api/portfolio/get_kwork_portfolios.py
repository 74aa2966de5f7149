"""`getKworkPortfolios`: List the portfolio items of a kwork.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import kwork_portfolio_response as _m_kwork_portfolio_response

if TYPE_CHECKING:
    from ...models.kwork_portfolio_response import KworkPortfolioResponse

OPERATION: Operation[KworkPortfolioResponse] = Operation(
    method="getKworkPortfolios",
    auth="optional",
    replay_safe=True,
    params=(
        Param("kwork_id", "id", "query", "plain", kind="int", required=True),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_kwork_portfolio_response.KworkPortfolioResponse._from_wire,
    empty="page",
    paged="portfolios",
    session=None,
    returns="KworkPortfolioResponse",
)
