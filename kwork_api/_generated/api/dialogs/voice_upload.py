"""`voiceUpload`: Upload a voice message recording.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import uploaded_voice as _m_uploaded_voice

if TYPE_CHECKING:
    from ...models.uploaded_voice import UploadedVoice

OPERATION: Operation[UploadedVoice] = Operation(
    method="voiceUpload",
    auth="optional",
    replay_safe=False,
    params=(
        Param("voice_peaks", "voice_peaks", "query", "json"),
        Param("file", "upload_files", "multipart", "file", required=True),
    ),
    result="data",
    parse=_m_uploaded_voice.UploadedVoice._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="UploadedVoice",
)
