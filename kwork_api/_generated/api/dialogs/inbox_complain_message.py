"""`inboxComplainMessage`: Report a message to moderators.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="inboxComplainMessage",
    auth="required",
    replay_safe=False,
    params=(
        Param("message_id", "message_id", "query", "plain", kind="int", required=True),
        Param("complain_category_id", "complain_category_id", "query", "plain", kind="int"),
        Param("comment", "comment", "form", "plain", kind="str"),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
