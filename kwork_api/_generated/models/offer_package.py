"""OfferPackage: A kwork package (standard, medium or premium) in an offer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import offer_package_option as _m_offer_package_option

if TYPE_CHECKING:
    from .offer_package_option import OfferPackageOption

_KNOWN = frozenset(
    {
        "description",
        "price",
        "duration",
        "type",
        "items",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OfferPackage(KworkModel):
    """A kwork package (standard, medium or premium) in an offer.

    Attributes:
        description: What the package includes.
        price: Package price.
        duration: Days allowed for the work.
        type: Package level.
        items: Options of the package.
    """

    description: str | None = None
    price: float | None = None
    duration: int | None = None
    type: str | None = None
    items: list[OfferPackageOption] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("description", "description", "str | None"),
        ("price", "price", "float | None"),
        ("duration", "duration", "int | None"),
        ("type", "type", "str | None"),
        ("items", "items", "list[OfferPackageOption] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OfferPackage]]


def _from_wire(
    d: Any,
    where: str = "OfferPackage",
    _new: Callable[[type[OfferPackage]], OfferPackage] = object.__new__,
    _s_description: Callable[[OfferPackage, Any], None] = OfferPackage.__dict__["description"].__set__,
    _s_price: Callable[[OfferPackage, Any], None] = OfferPackage.__dict__["price"].__set__,
    _s_duration: Callable[[OfferPackage, Any], None] = OfferPackage.__dict__["duration"].__set__,
    _s_type: Callable[[OfferPackage, Any], None] = OfferPackage.__dict__["type"].__set__,
    _s_items: Callable[[OfferPackage, Any], None] = OfferPackage.__dict__["items"].__set__,
    _s_additional_properties: Callable[[OfferPackage, Any], None] = OfferPackage.__dict__[
        "additional_properties"
    ].__set__,
) -> OfferPackage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "OfferPackage.description")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "OfferPackage.price")
    f_duration = g("duration")
    if f_duration is not None and f_duration.__class__ is not int:
        f_duration = _c.to_int(f_duration, "OfferPackage.duration")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "OfferPackage.type")
    f_items = g("items")
    if f_items is not None:
        if f_items.__class__ is list:
            f_items = list(map(_m_offer_package_option.OfferPackageOption._from_wire, f_items))
        else:
            f_items = _c.to_list(
                f_items, _m_offer_package_option.OfferPackageOption._from_wire, "OfferPackage.items"
            )
    o = _new(OfferPackage)
    _s_description(o, f_description)
    _s_price(o, f_price)
    _s_duration(o, f_duration)
    _s_type(o, f_type)
    _s_items(o, f_items)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OfferPackage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
