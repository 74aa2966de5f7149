"""`markVoiceMessageHeard`: Mark a voice message as listened to.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="markVoiceMessageHeard",
    auth="required",
    replay_safe=False,
    params=(Param("conversation_id", "conversation_id", "query", "plain", kind="int", required=True),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
