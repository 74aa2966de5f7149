"""OrderContent: What was ordered: the work description, files, package and attributes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    files: list[TrackFile] | None = _attrs.field(default=None, hash=False)
    package: OrderPackage | None = None
    attributes: list[OrderAttribute] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("description", "description", "str | None"),
        ("files", "files", "list[TrackFile] | None"),
        ("package", "package", "OrderPackage | None"),
        ("attributes", "attributes", "list[OrderAttribute] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderContent]]


def _from_wire(
    d: Any,
    where: str = "OrderContent",
    _new: Callable[[type[OrderContent]], OrderContent] = object.__new__,
    _s_description: Callable[[OrderContent, Any], None] = OrderContent.__dict__["description"].__set__,
    _s_files: Callable[[OrderContent, Any], None] = OrderContent.__dict__["files"].__set__,
    _s_package: Callable[[OrderContent, Any], None] = OrderContent.__dict__["package"].__set__,
    _s_attributes: Callable[[OrderContent, Any], None] = OrderContent.__dict__["attributes"].__set__,
    _s_additional_properties: Callable[[OrderContent, Any], None] = OrderContent.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderContent:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "OrderContent.description")
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_track_file.TrackFile._from_wire, f_files))
        else:
            f_files = _c.to_list(f_files, _m_track_file.TrackFile._from_wire, "OrderContent.files")
    f_package = g("package")
    if f_package is not None:
        f_package = _c.to_model(f_package, _m_order_package.OrderPackage._from_wire, "OrderContent.package")
    f_attributes = g("attributes")
    if f_attributes is not None:
        if f_attributes.__class__ is list:
            f_attributes = list(map(_m_order_attribute.OrderAttribute._from_wire, f_attributes))
        else:
            f_attributes = _c.to_list(
                f_attributes, _m_order_attribute.OrderAttribute._from_wire, "OrderContent.attributes"
            )
    o = _new(OrderContent)
    _s_description(o, f_description)
    _s_files(o, f_files)
    _s_package(o, f_package)
    _s_attributes(o, f_attributes)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderContent._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
