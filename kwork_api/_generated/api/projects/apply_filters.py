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
        Param("categories", "categories", "query", "csv", kind="int", required=True),
        Param("price_from", "price_from", "query", "plain", kind="int"),
        Param("price_to", "price_to", "query", "plain", kind="int"),
        Param("hiring_from", "hiring_from", "query", "plain", kind="int"),
        Param("kworks_filter_from", "kworks_filter_from", "query", "plain", kind="int"),
        Param("kworks_filter_to", "kworks_filter_to", "query", "plain", kind="int"),
        Param("offers", "offers", "query", "csv", kind="int"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
