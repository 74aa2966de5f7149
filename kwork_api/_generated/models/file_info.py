"""FileInfo: A stored file with its size and state.

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
        "path",
        "size",
        "timestamp",
        "status",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class FileInfo(KworkModel):
    """A stored file with its size and state.

    Attributes:
        id: File id; pass it to attach the file.
        name: File name.
        path: Storage path of the file on Kwork's servers.
        size: Size in bytes.
        timestamp: When it was uploaded (Unix time).
        status: Whether the file is still available.
    """

    id: int
    name: str | None = None
    path: str | None = None
    size: int | None = None
    timestamp: int | None = None
    status: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("path", "path", "str | None"),
        ("size", "size", "int | None"),
        ("timestamp", "timestamp", "int | None"),
        ("status", "status", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], FileInfo]]


def _from_wire(
    d: Any,
    where: str = "FileInfo",
    _new: Callable[[type[FileInfo]], FileInfo] = object.__new__,
    _s_id: Callable[[FileInfo, Any], None] = FileInfo.__dict__["id"].__set__,
    _s_name: Callable[[FileInfo, Any], None] = FileInfo.__dict__["name"].__set__,
    _s_path: Callable[[FileInfo, Any], None] = FileInfo.__dict__["path"].__set__,
    _s_size: Callable[[FileInfo, Any], None] = FileInfo.__dict__["size"].__set__,
    _s_timestamp: Callable[[FileInfo, Any], None] = FileInfo.__dict__["timestamp"].__set__,
    _s_status: Callable[[FileInfo, Any], None] = FileInfo.__dict__["status"].__set__,
    _s_additional_properties: Callable[[FileInfo, Any], None] = FileInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> FileInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "FileInfo.id")
        if f_id is None:
            raise _c.missing("FileInfo.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "FileInfo.name")
    f_path = g("path")
    if f_path is not None and f_path.__class__ is not str:
        f_path = _c.to_str(f_path, "FileInfo.path")
    f_size = g("size")
    if f_size is not None and f_size.__class__ is not int:
        f_size = _c.to_int(f_size, "FileInfo.size")
    f_timestamp = g("timestamp")
    if f_timestamp is not None and f_timestamp.__class__ is not int:
        f_timestamp = _c.to_int(f_timestamp, "FileInfo.timestamp")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "FileInfo.status")
    o = _new(FileInfo)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_path(o, f_path)
    _s_size(o, f_size)
    _s_timestamp(o, f_timestamp)
    _s_status(o, f_status)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


FileInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
