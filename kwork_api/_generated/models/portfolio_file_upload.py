"""PortfolioFileUpload: A file stored for a portfolio item.

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
        "path",
        "hash",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PortfolioFileUpload(KworkModel):
    """A file stored for a portfolio item.

    Attributes:
        id: File id; pass it in `images[]` or `cover[id]`.
        path: Path of the stored file.
        hash: Hash id of the file; pass it in `hashes[]` of later uploads to detect duplicates.
    """

    id: int
    path: str | None = None
    hash: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("path", "path", "str | None"),
        ("hash", "hash", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PortfolioFileUpload]]


def _from_wire(
    d: Any,
    where: str = "PortfolioFileUpload",
    _new: Callable[[type[PortfolioFileUpload]], PortfolioFileUpload] = object.__new__,
    _s_id: Callable[[PortfolioFileUpload, Any], None] = PortfolioFileUpload.__dict__["id"].__set__,
    _s_path: Callable[[PortfolioFileUpload, Any], None] = PortfolioFileUpload.__dict__["path"].__set__,
    _s_hash: Callable[[PortfolioFileUpload, Any], None] = PortfolioFileUpload.__dict__["hash"].__set__,
    _s_additional_properties: Callable[[PortfolioFileUpload, Any], None] = PortfolioFileUpload.__dict__[
        "additional_properties"
    ].__set__,
) -> PortfolioFileUpload:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "PortfolioFileUpload.id")
        if f_id is None:
            raise _c.missing("PortfolioFileUpload.id")
    f_path = g("path")
    if f_path is not None and f_path.__class__ is not str:
        f_path = _c.to_str(f_path, "PortfolioFileUpload.path")
    f_hash = g("hash")
    if f_hash is not None and f_hash.__class__ is not int:
        f_hash = _c.to_int(f_hash, "PortfolioFileUpload.hash")
    o = _new(PortfolioFileUpload)
    _s_id(o, f_id)
    _s_path(o, f_path)
    _s_hash(o, f_hash)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PortfolioFileUpload._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
