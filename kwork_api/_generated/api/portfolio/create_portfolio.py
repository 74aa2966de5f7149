"""`createPortfolio`: Add a portfolio item.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="createPortfolio",
    auth="required",
    replay_safe=False,
    params=(
        Param("title", "title", "query", "plain", kind="str", required=True),
        Param("images", "images[]", "query", "repeat", kind="int", required=True),
        Param("cover", "cover", "query", "keyed", required=True),
        Param("attributes_ids", "attributes_ids[]", "query", "repeat", kind="int"),
        Param("category_id", "category_id", "query", "plain", kind="int"),
        Param("order_id", "order_id", "query", "plain", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
