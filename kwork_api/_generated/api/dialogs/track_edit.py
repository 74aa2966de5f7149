"""`trackEdit`: Edit a text track in an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="trackEdit",
    auth="required",
    replay_safe=False,
    params=(
        Param("track_id", "id", "query", "plain", kind="int", required=True),
        Param("uploaded_files", "uploadedFiles[]", "query", "repeat", kind="int"),
        Param("quote_id", "quoteId", "query", "plain", kind="int"),
        Param("text", "text", "form", "plain", kind="str"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
