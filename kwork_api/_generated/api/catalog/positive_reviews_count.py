"""`positiveReviewsCount`: Count kworks by number of positive reviews.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

OPERATION: Operation[dict[str, int]] = Operation(
    method="positiveReviewsCount",
    auth="optional",
    replay_safe=True,
    params=(
        Param("category_id", "category_id", "query", "plain", kind="int"),
        Param("attribute_id", "attribute_id", "query", "csv", kind="int"),
    ),
    result="data",
    parse=_c.map_converter(_c.to_int),
    empty="error",
    paged=None,
    session=None,
    returns="dict[str, int]",
)
