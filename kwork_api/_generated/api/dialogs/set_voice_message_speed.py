"""`setVoiceMessageSpeed`: Set the playback speed of voice messages.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import voice_speed as _m_voice_speed

if TYPE_CHECKING:
    from ...models.voice_speed import VoiceSpeed

OPERATION: Operation[VoiceSpeed] = Operation(
    method="setVoiceMessageSpeed",
    auth="required",
    replay_safe=False,
    params=(Param("speed", "speed", "query", "plain", kind="float"),),
    result="data",
    parse=_m_voice_speed.VoiceSpeed._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="VoiceSpeed",
)
