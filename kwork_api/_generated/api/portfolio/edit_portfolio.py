"""`editPortfolio`: Change a portfolio item.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="editPortfolio",
    auth="required",
    replay_safe=False,
    params=(
        Param("portfolio_id", "id", "query", "plain", kind="int", required=True),
        Param("title", "title", "query", "plain", kind="str", required=True),
        Param("category_id", "category_id", "query", "plain", kind="int", required=True),
        Param("images", "images[]", "query", "repeat", kind="int", required=True),
        Param("cover", "cover", "query", "keyed", required=True),
        Param("attributes_ids", "attributes_ids[]", "query", "repeat", kind="int"),
        Param("kwork_id", "kwork_id", "query", "plain", kind="int"),
        Param("order_id", "order_id", "query", "plain", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
