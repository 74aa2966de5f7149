"""`replaceUad`: Replace this installation's id.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="replaceUad",
    auth="required",
    replay_safe=False,
    params=(
        Param("old_uad", "old_uad", "query", "plain", kind="str", required=True),
        Param("new_uad", "new_uad", "query", "plain", kind="str", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
