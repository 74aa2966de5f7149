"""KworkPackage: A package offer of a kwork (such as economy, standard or business).

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_package_option as _m_kwork_package_option

if TYPE_CHECKING:
    from .kwork_package_option import KworkPackageOption

_KNOWN = frozenset(
    {
        "id",
        "name",
        "package_description",
        "price",
        "term",
        "min",
        "max",
        "options",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkPackage(KworkModel):
    """A package offer of a kwork (such as economy, standard or business).

    Attributes:
        id: Package id.
        name: Package name.
        package_description: What the package includes.
        price: Package price, in the kwork's currency (roubles for `ru` kworks, dollars for
            `en`).
        term: Delivery time, as display text.
        min: Lowest numeric volume of the package, when it has one.
        max: Highest numeric volume of the package, when it has one.
        options: Options and whether the package includes them.
    """

    id: int | None = None
    name: str | None = None
    package_description: str | None = None
    price: float | None = None
    term: str | None = None
    min: int | None = None
    max: int | None = None
    options: list[KworkPackageOption] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("package_description", "package_description", "str | None"),
        ("price", "price", "float | None"),
        ("term", "term", "str | None"),
        ("min", "min", "int | None"),
        ("max", "max", "int | None"),
        ("options", "options", "list[KworkPackageOption] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkPackage]]


def _from_wire(
    d: Any,
    where: str = "KworkPackage",
    _new: Callable[[type[KworkPackage]], KworkPackage] = object.__new__,
    _s_id: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__["id"].__set__,
    _s_name: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__["name"].__set__,
    _s_package_description: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__[
        "package_description"
    ].__set__,
    _s_price: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__["price"].__set__,
    _s_term: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__["term"].__set__,
    _s_min: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__["min"].__set__,
    _s_max: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__["max"].__set__,
    _s_options: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__["options"].__set__,
    _s_additional_properties: Callable[[KworkPackage, Any], None] = KworkPackage.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkPackage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkPackage.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "KworkPackage.name")
    f_package_description = g("package_description")
    if f_package_description is not None and f_package_description.__class__ is not str:
        f_package_description = _c.to_str(f_package_description, "KworkPackage.package_description")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "KworkPackage.price")
    f_term = g("term")
    if f_term is not None and f_term.__class__ is not str:
        f_term = _c.to_str(f_term, "KworkPackage.term")
    f_min = g("min")
    if f_min is not None and f_min.__class__ is not int:
        f_min = _c.to_int(f_min, "KworkPackage.min")
    f_max = g("max")
    if f_max is not None and f_max.__class__ is not int:
        f_max = _c.to_int(f_max, "KworkPackage.max")
    f_options = g("options")
    if f_options is not None:
        if f_options.__class__ is list:
            f_options = list(map(_m_kwork_package_option.KworkPackageOption._from_wire, f_options))
        else:
            f_options = _c.to_list(
                f_options, _m_kwork_package_option.KworkPackageOption._from_wire, "KworkPackage.options"
            )
    o = _new(KworkPackage)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_package_description(o, f_package_description)
    _s_price(o, f_price)
    _s_term(o, f_term)
    _s_min(o, f_min)
    _s_max(o, f_max)
    _s_options(o, f_options)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkPackage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
