"""KworkFile: A file of a kwork.

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
        "type",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkFile(KworkModel):
    """A file of a kwork.

    Attributes:
        id: File id; pass it to attach the file.
        name: File name.
        path: Storage path of the file on Kwork's servers.
        size: Size in bytes.
        timestamp: When it was uploaded (Unix time).
        status: Whether the file is still available.
        type: What the file is for: the kwork's description or the instructions to the buyer.
    """

    id: int
    name: str | None = None
    path: str | None = None
    size: int | None = None
    timestamp: int | None = None
    status: str | None = None
    type: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("path", "path", "str | None"),
        ("size", "size", "int | None"),
        ("timestamp", "timestamp", "int | None"),
        ("status", "status", "str | None"),
        ("type", "type", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkFile]]


def _from_wire(
    d: Any,
    where: str = "KworkFile",
    _new: Callable[[type[KworkFile]], KworkFile] = object.__new__,
    _s_id: Callable[[KworkFile, Any], None] = KworkFile.__dict__["id"].__set__,
    _s_name: Callable[[KworkFile, Any], None] = KworkFile.__dict__["name"].__set__,
    _s_path: Callable[[KworkFile, Any], None] = KworkFile.__dict__["path"].__set__,
    _s_size: Callable[[KworkFile, Any], None] = KworkFile.__dict__["size"].__set__,
    _s_timestamp: Callable[[KworkFile, Any], None] = KworkFile.__dict__["timestamp"].__set__,
    _s_status: Callable[[KworkFile, Any], None] = KworkFile.__dict__["status"].__set__,
    _s_type: Callable[[KworkFile, Any], None] = KworkFile.__dict__["type"].__set__,
    _s_additional_properties: Callable[[KworkFile, Any], None] = KworkFile.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkFile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkFile.id")
        if f_id is None:
            raise _c.missing("KworkFile.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "KworkFile.name")
    f_path = g("path")
    if f_path is not None and f_path.__class__ is not str:
        f_path = _c.to_str(f_path, "KworkFile.path")
    f_size = g("size")
    if f_size is not None and f_size.__class__ is not int:
        f_size = _c.to_int(f_size, "KworkFile.size")
    f_timestamp = g("timestamp")
    if f_timestamp is not None and f_timestamp.__class__ is not int:
        f_timestamp = _c.to_int(f_timestamp, "KworkFile.timestamp")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "KworkFile.status")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "KworkFile.type")
    o = _new(KworkFile)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_path(o, f_path)
    _s_size(o, f_size)
    _s_timestamp(o, f_timestamp)
    _s_status(o, f_status)
    _s_type(o, f_type)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkFile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
