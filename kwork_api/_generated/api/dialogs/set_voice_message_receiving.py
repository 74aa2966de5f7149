"""`setVoiceMessageReceiving`: Allow or refuse incoming voice messages.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="setVoiceMessageReceiving",
    auth="required",
    replay_safe=False,
    params=(Param("is_allowed", "is_allowed", "query", "plain", kind="bool"),),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
