"""`setFavorite`: Replace the user's favourite categories and attributes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="setFavorite",
    auth="required",
    replay_safe=False,
    params=(
        Param("categories", "categories", "query", "csv", kind="int"),
        Param("attributes", "attributes", "query", "csv", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
