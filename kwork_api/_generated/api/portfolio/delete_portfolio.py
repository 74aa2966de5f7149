"""`deletePortfolio`: Delete a portfolio item.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="deletePortfolio",
    auth="required",
    replay_safe=False,
    params=(
        Param("portfolio_id", "portfolio_id", "query", "plain", kind="int", required=True),
        Param("unlink", "unlink", "query", "plain", kind="bool", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
