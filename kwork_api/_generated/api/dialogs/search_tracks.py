"""`searchTracks`: Get the ids of an order's tracks that contain a text.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

OPERATION: Operation[list[int]] = Operation(
    method="searchTracks",
    auth="required",
    replay_safe=True,
    params=(
        Param("order_id", "orderId", "query", "plain", kind="int", required=True),
        Param("text", "text", "query", "plain", kind="str", required=True),
    ),
    result="data",
    parse=_c.list_converter(_c.to_int),
    empty="list",
    paged=None,
    session=None,
    returns="list[int]",
)
