"""KworkFile: A file of a kwork.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkFile") -> KworkFile:
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
        extra = d.keys() - _KNOWN
        return KworkFile(
            f_id,
            f_name,
            f_path,
            f_size,
            f_timestamp,
            f_status,
            f_type,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
