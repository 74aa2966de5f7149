"""CustomOfferOrder: Terms and prices of an individual offer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import ordered_extra as _m_ordered_extra

if TYPE_CHECKING:
    from .ordered_extra import OrderedExtra

_KNOWN = frozenset(
    {
        "kwork_title",
        "kwork_desc",
        "kwork_work",
        "count",
        "totaldays",
        "totalprice",
        "crt",
        "kworkspayerprice",
        "kworksworkerprice",
        "ordered_extras",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CustomOfferOrder(KworkModel):
    """Terms and prices of an individual offer.

    Attributes:
        kwork_title: Kwork title at the time of the offer.
        kwork_desc: Kwork description at the time of the offer; may contain HTML.
        kwork_work: Short description of the work at the time of the offer.
        count: Number of kworks ordered.
        totaldays: Days allowed for the whole work.
        totalprice: Total the buyer pays, extras included.
        crt: Total the seller gets, extras included.
        kworkspayerprice: Price of the kworks for the buyer, without extras.
        kworksworkerprice: Price of the kworks for the seller, without extras.
        ordered_extras: Extras included in the offer.
    """

    kwork_title: str | None = None
    kwork_desc: str | None = None
    kwork_work: str | None = None
    count: int | None = None
    totaldays: int | None = None
    totalprice: float | None = None
    crt: float | None = None
    kworkspayerprice: float | None = None
    kworksworkerprice: float | None = None
    ordered_extras: list[OrderedExtra] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("kwork_title", "kwork_title", "str | None"),
        ("kwork_desc", "kwork_desc", "str | None"),
        ("kwork_work", "kwork_work", "str | None"),
        ("count", "count", "int | None"),
        ("totaldays", "totaldays", "int | None"),
        ("totalprice", "totalprice", "float | None"),
        ("crt", "crt", "float | None"),
        ("kworkspayerprice", "kworkspayerprice", "float | None"),
        ("kworksworkerprice", "kworksworkerprice", "float | None"),
        ("ordered_extras", "ordered_extras", "list[OrderedExtra] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CustomOfferOrder]]


def _from_wire(
    d: Any,
    where: str = "CustomOfferOrder",
    _new: Callable[[type[CustomOfferOrder]], CustomOfferOrder] = object.__new__,
    _s_kwork_title: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__[
        "kwork_title"
    ].__set__,
    _s_kwork_desc: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__["kwork_desc"].__set__,
    _s_kwork_work: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__["kwork_work"].__set__,
    _s_count: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__["count"].__set__,
    _s_totaldays: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__["totaldays"].__set__,
    _s_totalprice: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__["totalprice"].__set__,
    _s_crt: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__["crt"].__set__,
    _s_kworkspayerprice: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__[
        "kworkspayerprice"
    ].__set__,
    _s_kworksworkerprice: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__[
        "kworksworkerprice"
    ].__set__,
    _s_ordered_extras: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__[
        "ordered_extras"
    ].__set__,
    _s_additional_properties: Callable[[CustomOfferOrder, Any], None] = CustomOfferOrder.__dict__[
        "additional_properties"
    ].__set__,
) -> CustomOfferOrder:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_kwork_title = g("kwork_title")
    if f_kwork_title is not None and f_kwork_title.__class__ is not str:
        f_kwork_title = _c.to_str(f_kwork_title, "CustomOfferOrder.kwork_title")
    f_kwork_desc = g("kwork_desc")
    if f_kwork_desc is not None and f_kwork_desc.__class__ is not str:
        f_kwork_desc = _c.to_str(f_kwork_desc, "CustomOfferOrder.kwork_desc")
    f_kwork_work = g("kwork_work")
    if f_kwork_work is not None and f_kwork_work.__class__ is not str:
        f_kwork_work = _c.to_str(f_kwork_work, "CustomOfferOrder.kwork_work")
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not int:
        f_count = _c.to_int(f_count, "CustomOfferOrder.count")
    f_totaldays = g("totaldays")
    if f_totaldays is not None and f_totaldays.__class__ is not int:
        f_totaldays = _c.to_int(f_totaldays, "CustomOfferOrder.totaldays")
    f_totalprice = g("totalprice")
    if f_totalprice is not None and f_totalprice.__class__ is not float and f_totalprice.__class__ is not int:
        f_totalprice = _c.to_float(f_totalprice, "CustomOfferOrder.totalprice")
    f_crt = g("crt")
    if f_crt is not None and f_crt.__class__ is not float and f_crt.__class__ is not int:
        f_crt = _c.to_float(f_crt, "CustomOfferOrder.crt")
    f_kworkspayerprice = g("kworkspayerprice")
    if (
        f_kworkspayerprice is not None
        and f_kworkspayerprice.__class__ is not float
        and f_kworkspayerprice.__class__ is not int
    ):
        f_kworkspayerprice = _c.to_float(f_kworkspayerprice, "CustomOfferOrder.kworkspayerprice")
    f_kworksworkerprice = g("kworksworkerprice")
    if (
        f_kworksworkerprice is not None
        and f_kworksworkerprice.__class__ is not float
        and f_kworksworkerprice.__class__ is not int
    ):
        f_kworksworkerprice = _c.to_float(f_kworksworkerprice, "CustomOfferOrder.kworksworkerprice")
    f_ordered_extras = g("ordered_extras")
    if f_ordered_extras is not None:
        if f_ordered_extras.__class__ is list:
            f_ordered_extras = list(map(_m_ordered_extra.OrderedExtra._from_wire, f_ordered_extras))
        else:
            f_ordered_extras = _c.to_list(
                f_ordered_extras, _m_ordered_extra.OrderedExtra._from_wire, "CustomOfferOrder.ordered_extras"
            )
    o = _new(CustomOfferOrder)
    _s_kwork_title(o, f_kwork_title)
    _s_kwork_desc(o, f_kwork_desc)
    _s_kwork_work(o, f_kwork_work)
    _s_count(o, f_count)
    _s_totaldays(o, f_totaldays)
    _s_totalprice(o, f_totalprice)
    _s_crt(o, f_crt)
    _s_kworkspayerprice(o, f_kworkspayerprice)
    _s_kworksworkerprice(o, f_kworksworkerprice)
    _s_ordered_extras(o, f_ordered_extras)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CustomOfferOrder._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
