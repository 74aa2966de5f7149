"""`hideVoiceMessageSettingsPopup`: Record that the voice message settings prompt was shown.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation

OPERATION: Operation[None] = Operation(
    method="hideVoiceMessageSettingsPopup",
    auth="required",
    replay_safe=False,
    params=(),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
