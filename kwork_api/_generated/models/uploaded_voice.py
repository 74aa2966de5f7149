"""UploadedVoice: A stored voice recording.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "fileId",
        "voiceMessageId",
        "path",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class UploadedVoice(KworkModel):
    """A stored voice recording.

    Attributes:
        file_id: File id; pass it in `uploaded_files[]` of `send_message`. Wire name: `fileId`.
        voice_message_id: Id of the voice message. Wire name: `voiceMessageId`.
        path: Storage path of the recording.
    """

    file_id: int | None = None
    voice_message_id: str | None = None
    path: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("file_id", "fileId", "int | None"),
        ("voice_message_id", "voiceMessageId", "str | None"),
        ("path", "path", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "UploadedVoice") -> UploadedVoice:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_file_id = g("fileId")
        if f_file_id is not None and f_file_id.__class__ is not int:
            f_file_id = _c.to_int(f_file_id, "UploadedVoice.file_id")
        f_voice_message_id = g("voiceMessageId")
        if f_voice_message_id is not None and f_voice_message_id.__class__ is not str:
            f_voice_message_id = _c.to_str(f_voice_message_id, "UploadedVoice.voice_message_id")
        f_path = g("path")
        if f_path is not None and f_path.__class__ is not str:
            f_path = _c.to_str(f_path, "UploadedVoice.path")
        extra = d.keys() - _KNOWN
        return UploadedVoice(
            f_file_id,
            f_voice_message_id,
            f_path,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
