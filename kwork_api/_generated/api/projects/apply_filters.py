"""`applyFilters`: Save the freelancer's project exchange filters.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="applyFilters",
    auth="required",
    replay_safe=False,
    params=(
        Param("categories", "categories", "query", "csv", required=True),
        Param("price_from", "price_from", "query", "plain"),
        Param("price_to", "price_to", "query", "plain"),
        Param("hiring_from", "hiring_from", "query", "plain"),
        Param("kworks_filter_from", "kworks_filter_from", "query", "plain"),
        Param("kworks_filter_to", "kworks_filter_to", "query", "plain"),
        Param("offers", "offers", "query", "csv"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
