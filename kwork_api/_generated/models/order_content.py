"""OrderContent: What was ordered: the work description, files, package and attributes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_attribute as _m_order_attribute
from . import order_package as _m_order_package
from . import track_file as _m_track_file

if TYPE_CHECKING:
    from .order_attribute import OrderAttribute
    from .order_package import OrderPackage
    from .track_file import TrackFile

_KNOWN = frozenset(
    {
        "description",
        "files",
        "package",
        "attributes",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderContent(KworkModel):
    """What was ordered: the work description, files, package and attributes.

    Attributes:
        description: Description of the work as the kwork read when the order was placed.
        files: Files attached to the order.
        package: Package ordered, for kworks with packages.
        attributes: Classification attributes of the order.
    """

    description: str | None = None
    files: list[TrackFile] | None = None
    package: OrderPackage | None = None
    attributes: list[OrderAttribute] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("description", "description", "str | None"),
        ("files", "files", "list[TrackFile] | None"),
        ("package", "package", "OrderPackage | None"),
        ("attributes", "attributes", "list[OrderAttribute] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderContent") -> OrderContent:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_description = g("description")
        if f_description is not None and f_description.__class__ is not str:
            f_description = _c.to_str(f_description, "OrderContent.description")
        f_files = g("files")
        if f_files is not None:
            f_files = _c.to_list(f_files, _m_track_file.TrackFile._from_wire, "OrderContent.files")
        f_package = g("package")
        if f_package is not None:
            f_package = _c.to_model(
                f_package, _m_order_package.OrderPackage._from_wire, "OrderContent.package"
            )
        f_attributes = g("attributes")
        if f_attributes is not None:
            f_attributes = _c.to_list(
                f_attributes, _m_order_attribute.OrderAttribute._from_wire, "OrderContent.attributes"
            )
        extra = d.keys() - _KNOWN
        return OrderContent(
            f_description,
            f_files,
            f_package,
            f_attributes,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
