"""`delFavoriteCategories`: Remove categories from the user's favourites.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="delFavoriteCategories",
    auth="required",
    replay_safe=False,
    params=(Param("categories", "categories", "query", "csv", kind="int", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
