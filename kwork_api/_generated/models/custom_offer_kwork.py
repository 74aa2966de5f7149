"""CustomOfferKwork: The kwork behind an individual offer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_file as _m_kwork_file
from . import offer_package as _m_offer_package

if TYPE_CHECKING:
    from .kwork_file import KworkFile
    from .offer_package import OfferPackage

_KNOWN = frozenset(
    {
        "id",
        "is_package",
        "files",
        "_package",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CustomOfferKwork(KworkModel):
    """The kwork behind an individual offer.

    Attributes:
        id: Kwork id.
        is_package: True when the kwork is sold in packages.
        files: Files of the kwork.
        package: The package offered, for package kworks. Wire name: `_package`.
    """

    id: int | None = None
    is_package: bool | None = None
    files: list[KworkFile] | None = _attrs.field(default=None, hash=False)
    package: OfferPackage | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("is_package", "is_package", "bool | None"),
        ("files", "files", "list[KworkFile] | None"),
        ("package", "_package", "OfferPackage | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CustomOfferKwork]]


def _from_wire(
    d: Any,
    where: str = "CustomOfferKwork",
    _new: Callable[[type[CustomOfferKwork]], CustomOfferKwork] = object.__new__,
    _s_id: Callable[[CustomOfferKwork, Any], None] = CustomOfferKwork.__dict__["id"].__set__,
    _s_is_package: Callable[[CustomOfferKwork, Any], None] = CustomOfferKwork.__dict__["is_package"].__set__,
    _s_files: Callable[[CustomOfferKwork, Any], None] = CustomOfferKwork.__dict__["files"].__set__,
    _s_package: Callable[[CustomOfferKwork, Any], None] = CustomOfferKwork.__dict__["package"].__set__,
    _s_additional_properties: Callable[[CustomOfferKwork, Any], None] = CustomOfferKwork.__dict__[
        "additional_properties"
    ].__set__,
) -> CustomOfferKwork:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "CustomOfferKwork.id")
    f_is_package = g("is_package")
    if f_is_package is not None and f_is_package.__class__ is not bool:
        f_is_package = _c.to_bool(f_is_package, "CustomOfferKwork.is_package")
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_kwork_file.KworkFile._from_wire, f_files))
        else:
            f_files = _c.to_list(f_files, _m_kwork_file.KworkFile._from_wire, "CustomOfferKwork.files")
    f_package = g("_package")
    if f_package is not None:
        f_package = _c.to_model(
            f_package, _m_offer_package.OfferPackage._from_wire, "CustomOfferKwork.package"
        )
    o = _new(CustomOfferKwork)
    _s_id(o, f_id)
    _s_is_package(o, f_is_package)
    _s_files(o, f_files)
    _s_package(o, f_package)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CustomOfferKwork._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
