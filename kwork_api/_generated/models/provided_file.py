"""ProvidedFile: A file the buyer provided for an order.

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
        "extension",
        "file_url",
        "miniature_url",
        "size_in_bytes",
        "is_metrics",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProvidedFile(KworkModel):
    """A file the buyer provided for an order.

    Attributes:
        id: File id.
        name: File name.
        extension: File extension.
        file_url: Absolute URL of the file.
        miniature_url: Absolute URL of the thumbnail, for images.
        size_in_bytes: File size, in bytes.
        is_metrics: True when the file is a metrics report.
    """

    id: int
    name: str | None = None
    extension: str | None = None
    file_url: str | None = None
    miniature_url: str | None = None
    size_in_bytes: int | None = None
    is_metrics: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("extension", "extension", "str | None"),
        ("file_url", "file_url", "str | None"),
        ("miniature_url", "miniature_url", "str | None"),
        ("size_in_bytes", "size_in_bytes", "int | None"),
        ("is_metrics", "is_metrics", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProvidedFile]]


def _from_wire(
    d: Any,
    where: str = "ProvidedFile",
    _new: Callable[[type[ProvidedFile]], ProvidedFile] = object.__new__,
    _s_id: Callable[[ProvidedFile, Any], None] = ProvidedFile.__dict__["id"].__set__,
    _s_name: Callable[[ProvidedFile, Any], None] = ProvidedFile.__dict__["name"].__set__,
    _s_extension: Callable[[ProvidedFile, Any], None] = ProvidedFile.__dict__["extension"].__set__,
    _s_file_url: Callable[[ProvidedFile, Any], None] = ProvidedFile.__dict__["file_url"].__set__,
    _s_miniature_url: Callable[[ProvidedFile, Any], None] = ProvidedFile.__dict__["miniature_url"].__set__,
    _s_size_in_bytes: Callable[[ProvidedFile, Any], None] = ProvidedFile.__dict__["size_in_bytes"].__set__,
    _s_is_metrics: Callable[[ProvidedFile, Any], None] = ProvidedFile.__dict__["is_metrics"].__set__,
    _s_additional_properties: Callable[[ProvidedFile, Any], None] = ProvidedFile.__dict__[
        "additional_properties"
    ].__set__,
) -> ProvidedFile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "ProvidedFile.id")
        if f_id is None:
            raise _c.missing("ProvidedFile.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "ProvidedFile.name")
    f_extension = g("extension")
    if f_extension is not None and f_extension.__class__ is not str:
        f_extension = _c.to_str(f_extension, "ProvidedFile.extension")
    f_file_url = g("file_url")
    if f_file_url is not None and f_file_url.__class__ is not str:
        f_file_url = _c.to_str(f_file_url, "ProvidedFile.file_url")
    f_miniature_url = g("miniature_url")
    if f_miniature_url is not None and f_miniature_url.__class__ is not str:
        f_miniature_url = _c.to_str(f_miniature_url, "ProvidedFile.miniature_url")
    f_size_in_bytes = g("size_in_bytes")
    if f_size_in_bytes is not None and f_size_in_bytes.__class__ is not int:
        f_size_in_bytes = _c.to_int(f_size_in_bytes, "ProvidedFile.size_in_bytes")
    f_is_metrics = g("is_metrics")
    if f_is_metrics is not None and f_is_metrics.__class__ is not bool:
        f_is_metrics = _c.to_bool(f_is_metrics, "ProvidedFile.is_metrics")
    o = _new(ProvidedFile)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_extension(o, f_extension)
    _s_file_url(o, f_file_url)
    _s_miniature_url(o, f_miniature_url)
    _s_size_in_bytes(o, f_size_in_bytes)
    _s_is_metrics(o, f_is_metrics)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProvidedFile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
