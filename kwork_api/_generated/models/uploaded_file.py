"""UploadedFile: A stored file.

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
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class UploadedFile(KworkModel):
    """A stored file.

    Attributes:
        id: File id; pass it to attach the file.
        name: File name.
        path: Storage path of the file on Kwork's servers.
    """

    id: int
    name: str | None = None
    path: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("path", "path", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], UploadedFile]]


def _from_wire(
    d: Any,
    where: str = "UploadedFile",
    _new: Callable[[type[UploadedFile]], UploadedFile] = object.__new__,
    _s_id: Callable[[UploadedFile, Any], None] = UploadedFile.__dict__["id"].__set__,
    _s_name: Callable[[UploadedFile, Any], None] = UploadedFile.__dict__["name"].__set__,
    _s_path: Callable[[UploadedFile, Any], None] = UploadedFile.__dict__["path"].__set__,
    _s_additional_properties: Callable[[UploadedFile, Any], None] = UploadedFile.__dict__[
        "additional_properties"
    ].__set__,
) -> UploadedFile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "UploadedFile.id")
        if f_id is None:
            raise _c.missing("UploadedFile.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "UploadedFile.name")
    f_path = g("path")
    if f_path is not None and f_path.__class__ is not str:
        f_path = _c.to_str(f_path, "UploadedFile.path")
    o = _new(UploadedFile)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_path(o, f_path)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


UploadedFile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
