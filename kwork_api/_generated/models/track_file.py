"""TrackFile: A file attached to a message or a track entry; voice messages carry the voice fields.

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
        "id",
        "name",
        "file_url",
        "miniature_url",
        "size_in_bytes",
        "path",
        "status",
        "duration_in_ms",
        "is_voice_message",
        "is_heard",
        "convert_status",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackFile(KworkModel):
    """A file attached to a message or a track entry; voice messages carry the voice fields.

    Attributes:
        id: File id.
        name: Original file name.
        file_url: Absolute URL of the file.
        miniature_url: Absolute URL of the thumbnail, for images.
        size_in_bytes: File size, in bytes.
        path: Name of the file in the server's storage.
        status: True when the file is available.
        duration_in_ms: Length of a voice message, in milliseconds.
        is_voice_message: True when the file is a voice message.
        is_heard: True once the recipient has played the voice message.
        convert_status: Conversion of a voice message, `processing`, `error` or `done`.
    """

    id: int | None = None
    name: str | None = None
    file_url: str | None = None
    miniature_url: str | None = None
    size_in_bytes: int | None = None
    path: str | None = None
    status: bool | None = None
    duration_in_ms: int | None = None
    is_voice_message: bool | None = None
    is_heard: bool | None = None
    convert_status: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("file_url", "file_url", "str | None"),
        ("miniature_url", "miniature_url", "str | None"),
        ("size_in_bytes", "size_in_bytes", "int | None"),
        ("path", "path", "str | None"),
        ("status", "status", "bool | None"),
        ("duration_in_ms", "duration_in_ms", "int | None"),
        ("is_voice_message", "is_voice_message", "bool | None"),
        ("is_heard", "is_heard", "bool | None"),
        ("convert_status", "convert_status", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackFile]]


def _from_wire(
    d: Any,
    where: str = "TrackFile",
    _new: Callable[[type[TrackFile]], TrackFile] = object.__new__,
    _s_id: Callable[[TrackFile, Any], None] = TrackFile.__dict__["id"].__set__,
    _s_name: Callable[[TrackFile, Any], None] = TrackFile.__dict__["name"].__set__,
    _s_file_url: Callable[[TrackFile, Any], None] = TrackFile.__dict__["file_url"].__set__,
    _s_miniature_url: Callable[[TrackFile, Any], None] = TrackFile.__dict__["miniature_url"].__set__,
    _s_size_in_bytes: Callable[[TrackFile, Any], None] = TrackFile.__dict__["size_in_bytes"].__set__,
    _s_path: Callable[[TrackFile, Any], None] = TrackFile.__dict__["path"].__set__,
    _s_status: Callable[[TrackFile, Any], None] = TrackFile.__dict__["status"].__set__,
    _s_duration_in_ms: Callable[[TrackFile, Any], None] = TrackFile.__dict__["duration_in_ms"].__set__,
    _s_is_voice_message: Callable[[TrackFile, Any], None] = TrackFile.__dict__["is_voice_message"].__set__,
    _s_is_heard: Callable[[TrackFile, Any], None] = TrackFile.__dict__["is_heard"].__set__,
    _s_convert_status: Callable[[TrackFile, Any], None] = TrackFile.__dict__["convert_status"].__set__,
    _s_additional_properties: Callable[[TrackFile, Any], None] = TrackFile.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackFile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "TrackFile.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "TrackFile.name")
    f_file_url = g("file_url")
    if f_file_url is not None and f_file_url.__class__ is not str:
        f_file_url = _c.to_str(f_file_url, "TrackFile.file_url")
    f_miniature_url = g("miniature_url")
    if f_miniature_url is not None and f_miniature_url.__class__ is not str:
        f_miniature_url = _c.to_str(f_miniature_url, "TrackFile.miniature_url")
    f_size_in_bytes = g("size_in_bytes")
    if f_size_in_bytes is not None and f_size_in_bytes.__class__ is not int:
        f_size_in_bytes = _c.to_int(f_size_in_bytes, "TrackFile.size_in_bytes")
    f_path = g("path")
    if f_path is not None and f_path.__class__ is not str:
        f_path = _c.to_str(f_path, "TrackFile.path")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not bool:
        f_status = _c.to_bool(f_status, "TrackFile.status")
    f_duration_in_ms = g("duration_in_ms")
    if f_duration_in_ms is not None and f_duration_in_ms.__class__ is not int:
        f_duration_in_ms = _c.to_int(f_duration_in_ms, "TrackFile.duration_in_ms")
    f_is_voice_message = g("is_voice_message")
    if f_is_voice_message is not None and f_is_voice_message.__class__ is not bool:
        f_is_voice_message = _c.to_bool(f_is_voice_message, "TrackFile.is_voice_message")
    f_is_heard = g("is_heard")
    if f_is_heard is not None and f_is_heard.__class__ is not bool:
        f_is_heard = _c.to_bool(f_is_heard, "TrackFile.is_heard")
    f_convert_status = g("convert_status")
    if f_convert_status is not None and f_convert_status.__class__ is not str:
        f_convert_status = _c.to_str(f_convert_status, "TrackFile.convert_status")
    o = _new(TrackFile)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_file_url(o, f_file_url)
    _s_miniature_url(o, f_miniature_url)
    _s_size_in_bytes(o, f_size_in_bytes)
    _s_path(o, f_path)
    _s_status(o, f_status)
    _s_duration_in_ms(o, f_duration_in_ms)
    _s_is_voice_message(o, f_is_voice_message)
    _s_is_heard(o, f_is_heard)
    _s_convert_status(o, f_convert_status)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackFile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
