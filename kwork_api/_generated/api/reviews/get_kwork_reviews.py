"""`getKworkReviews`: List the reviews of a kwork.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import reviews_response as _m_reviews_response

if TYPE_CHECKING:
    from ...models.reviews_response import ReviewsResponse

OPERATION: Operation[ReviewsResponse] = Operation(
    method="getKworkReviews",
    auth="optional",
    replay_safe=True,
    params=(
        Param("kwork_id", "kwork_id", "query", "plain", kind="int", required=True),
        Param("type", "type", "query", "plain", kind="str", required=True),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_reviews_response.ReviewsResponse._from_wire,
    empty="page",
    paged="reviews",
    session=None,
    returns="ReviewsResponse",
)
