"""`getVoiceMessageConvertStatus`: Get the conversion status of a voice message.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

OPERATION: Operation[Any] = Operation(
    method="getVoiceMessageConvertStatus",
    auth="required",
    replay_safe=True,
    params=(Param("file_id", "file_id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.to_any,
    empty="none",
    paged=None,
    session=None,
    returns="Any",
)
