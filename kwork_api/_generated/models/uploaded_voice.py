"""UploadedVoice: A stored voice recording.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("file_id", "fileId", "int | None"),
        ("voice_message_id", "voiceMessageId", "str | None"),
        ("path", "path", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], UploadedVoice]]


def _from_wire(
    d: Any,
    where: str = "UploadedVoice",
    _new: Callable[[type[UploadedVoice]], UploadedVoice] = object.__new__,
    _s_file_id: Callable[[UploadedVoice, Any], None] = UploadedVoice.__dict__["file_id"].__set__,
    _s_voice_message_id: Callable[[UploadedVoice, Any], None] = UploadedVoice.__dict__[
        "voice_message_id"
    ].__set__,
    _s_path: Callable[[UploadedVoice, Any], None] = UploadedVoice.__dict__["path"].__set__,
    _s_additional_properties: Callable[[UploadedVoice, Any], None] = UploadedVoice.__dict__[
        "additional_properties"
    ].__set__,
) -> UploadedVoice:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(UploadedVoice)
    _s_file_id(o, f_file_id)
    _s_voice_message_id(o, f_voice_message_id)
    _s_path(o, f_path)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


UploadedVoice._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
