"""CustomOfferKwork: The kwork behind an individual offer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    files: list[KworkFile] | None = None
    package: OfferPackage | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("is_package", "is_package", "bool | None"),
        ("files", "files", "list[KworkFile] | None"),
        ("package", "_package", "OfferPackage | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "CustomOfferKwork") -> CustomOfferKwork:
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
            f_files = _c.to_list(f_files, _m_kwork_file.KworkFile._from_wire, "CustomOfferKwork.files")
        f_package = g("_package")
        if f_package is not None:
            f_package = _c.to_model(
                f_package, _m_offer_package.OfferPackage._from_wire, "CustomOfferKwork.package"
            )
        extra = d.keys() - _KNOWN
        return CustomOfferKwork(
            f_id,
            f_is_package,
            f_files,
            f_package,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
