"""MessageFile: A file attached to a message, with links, a preview and voice message data.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import image_placeholder as _m_image_placeholder

if TYPE_CHECKING:
    from .image_placeholder import ImagePlaceholder

_KNOWN = frozenset(
    {
        "id",
        "name",
        "path",
        "size",
        "timestamp",
        "status",
        "file_url",
        "miniature_url",
        "miniature_path",
        "duration_in_ms",
        "is_voice_message",
        "is_heard",
        "convert_status",
        "imageData",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class MessageFile(KworkModel):
    """A file attached to a message, with links, a preview and voice message data.

    Attributes:
        id: File id; pass it to attach the file.
        name: File name.
        path: Storage path of the file on Kwork's servers.
        size: Size in bytes.
        timestamp: When it was uploaded (Unix time).
        status: Whether the file is still available.
        file_url: Absolute URL to download the file.
        miniature_url: URL of a thumbnail, for images.
        miniature_path: Storage path of that thumbnail.
        duration_in_ms: Length of a voice recording, in milliseconds.
        is_voice_message: True when the file is a voice message.
        is_heard: True when the recipient has listened to the voice message.
        convert_status: Conversion state of a voice message: `processing`, `error` or `done`.
        image_data: Tiny preview to show while an image loads. Wire name: `imageData`.
    """

    id: int
    name: str | None = None
    path: str | None = None
    size: int | None = None
    timestamp: int | None = None
    status: str | None = None
    file_url: str | None = None
    miniature_url: str | None = None
    miniature_path: str | None = None
    duration_in_ms: int | None = None
    is_voice_message: bool | None = None
    is_heard: bool | None = None
    convert_status: str | None = None
    image_data: ImagePlaceholder | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("path", "path", "str | None"),
        ("size", "size", "int | None"),
        ("timestamp", "timestamp", "int | None"),
        ("status", "status", "str | None"),
        ("file_url", "file_url", "str | None"),
        ("miniature_url", "miniature_url", "str | None"),
        ("miniature_path", "miniature_path", "str | None"),
        ("duration_in_ms", "duration_in_ms", "int | None"),
        ("is_voice_message", "is_voice_message", "bool | None"),
        ("is_heard", "is_heard", "bool | None"),
        ("convert_status", "convert_status", "str | None"),
        ("image_data", "imageData", "ImagePlaceholder | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], MessageFile]]


def _from_wire(
    d: Any,
    where: str = "MessageFile",
    _new: Callable[[type[MessageFile]], MessageFile] = object.__new__,
    _s_id: Callable[[MessageFile, Any], None] = MessageFile.__dict__["id"].__set__,
    _s_name: Callable[[MessageFile, Any], None] = MessageFile.__dict__["name"].__set__,
    _s_path: Callable[[MessageFile, Any], None] = MessageFile.__dict__["path"].__set__,
    _s_size: Callable[[MessageFile, Any], None] = MessageFile.__dict__["size"].__set__,
    _s_timestamp: Callable[[MessageFile, Any], None] = MessageFile.__dict__["timestamp"].__set__,
    _s_status: Callable[[MessageFile, Any], None] = MessageFile.__dict__["status"].__set__,
    _s_file_url: Callable[[MessageFile, Any], None] = MessageFile.__dict__["file_url"].__set__,
    _s_miniature_url: Callable[[MessageFile, Any], None] = MessageFile.__dict__["miniature_url"].__set__,
    _s_miniature_path: Callable[[MessageFile, Any], None] = MessageFile.__dict__["miniature_path"].__set__,
    _s_duration_in_ms: Callable[[MessageFile, Any], None] = MessageFile.__dict__["duration_in_ms"].__set__,
    _s_is_voice_message: Callable[[MessageFile, Any], None] = MessageFile.__dict__[
        "is_voice_message"
    ].__set__,
    _s_is_heard: Callable[[MessageFile, Any], None] = MessageFile.__dict__["is_heard"].__set__,
    _s_convert_status: Callable[[MessageFile, Any], None] = MessageFile.__dict__["convert_status"].__set__,
    _s_image_data: Callable[[MessageFile, Any], None] = MessageFile.__dict__["image_data"].__set__,
    _s_additional_properties: Callable[[MessageFile, Any], None] = MessageFile.__dict__[
        "additional_properties"
    ].__set__,
) -> MessageFile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "MessageFile.id")
        if f_id is None:
            raise _c.missing("MessageFile.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "MessageFile.name")
    f_path = g("path")
    if f_path is not None and f_path.__class__ is not str:
        f_path = _c.to_str(f_path, "MessageFile.path")
    f_size = g("size")
    if f_size is not None and f_size.__class__ is not int:
        f_size = _c.to_int(f_size, "MessageFile.size")
    f_timestamp = g("timestamp")
    if f_timestamp is not None and f_timestamp.__class__ is not int:
        f_timestamp = _c.to_int(f_timestamp, "MessageFile.timestamp")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "MessageFile.status")
    f_file_url = g("file_url")
    if f_file_url is not None and f_file_url.__class__ is not str:
        f_file_url = _c.to_str(f_file_url, "MessageFile.file_url")
    f_miniature_url = g("miniature_url")
    if f_miniature_url is not None and f_miniature_url.__class__ is not str:
        f_miniature_url = _c.to_str(f_miniature_url, "MessageFile.miniature_url")
    f_miniature_path = g("miniature_path")
    if f_miniature_path is not None and f_miniature_path.__class__ is not str:
        f_miniature_path = _c.to_str(f_miniature_path, "MessageFile.miniature_path")
    f_duration_in_ms = g("duration_in_ms")
    if f_duration_in_ms is not None and f_duration_in_ms.__class__ is not int:
        f_duration_in_ms = _c.to_int(f_duration_in_ms, "MessageFile.duration_in_ms")
    f_is_voice_message = g("is_voice_message")
    if f_is_voice_message is not None and f_is_voice_message.__class__ is not bool:
        f_is_voice_message = _c.to_bool(f_is_voice_message, "MessageFile.is_voice_message")
    f_is_heard = g("is_heard")
    if f_is_heard is not None and f_is_heard.__class__ is not bool:
        f_is_heard = _c.to_bool(f_is_heard, "MessageFile.is_heard")
    f_convert_status = g("convert_status")
    if f_convert_status is not None and f_convert_status.__class__ is not str:
        f_convert_status = _c.to_str(f_convert_status, "MessageFile.convert_status")
    f_image_data = g("imageData")
    if f_image_data is not None:
        f_image_data = _c.to_model(
            f_image_data, _m_image_placeholder.ImagePlaceholder._from_wire, "MessageFile.image_data"
        )
    o = _new(MessageFile)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_path(o, f_path)
    _s_size(o, f_size)
    _s_timestamp(o, f_timestamp)
    _s_status(o, f_status)
    _s_file_url(o, f_file_url)
    _s_miniature_url(o, f_miniature_url)
    _s_miniature_path(o, f_miniature_path)
    _s_duration_in_ms(o, f_duration_in_ms)
    _s_is_voice_message(o, f_is_voice_message)
    _s_is_heard(o, f_is_heard)
    _s_convert_status(o, f_convert_status)
    _s_image_data(o, f_image_data)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


MessageFile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
