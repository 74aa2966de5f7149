"""`saveUserNote`: Write a private note about a user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="saveUserNote",
    auth="required",
    replay_safe=False,
    params=(
        Param("user_id", "user_id", "query", "plain", kind="int", required=True),
        Param("note", "note", "form", "plain", kind="str"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
