"""ExchangeFilter: A freelancer's exchange filter set. Keys with no value are left out.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import exchange_filter_category as _m_exchange_filter_category

if TYPE_CHECKING:
    from .exchange_filter_category import ExchangeFilterCategory

_KNOWN = frozenset(
    {
        "categories",
        "price-from",
        "price-to",
        "hiring-to",
        "kworks-filter-from",
        "kworks-filter-to",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ExchangeFilter(KworkModel):
    """A freelancer's exchange filter set. Keys with no value are left out.

    Attributes:
        categories: The favourite categories the filter searches in.
        price_from: Lowest budget, in the account's currency. Wire name: `price-from`.
        price_to: Highest budget, in the account's currency. Wire name: `price-to`.
        hiring_to: Lowest hire rate of the buyer, in percent (the server names this key
            `hiring-to`). Wire name: `hiring-to`.
        kworks_filter_from: Only projects with more offers than this. Wire name:
            `kworks-filter-from`.
        kworks_filter_to: Only projects with at most this many offers. Wire name:
            `kworks-filter-to`.
    """

    categories: list[ExchangeFilterCategory] | None = _attrs.field(default=None, hash=False)
    price_from: int | None = None
    price_to: int | None = None
    hiring_to: int | None = None
    kworks_filter_from: int | None = None
    kworks_filter_to: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("categories", "categories", "list[ExchangeFilterCategory] | None"),
        ("price_from", "price-from", "int | None"),
        ("price_to", "price-to", "int | None"),
        ("hiring_to", "hiring-to", "int | None"),
        ("kworks_filter_from", "kworks-filter-from", "int | None"),
        ("kworks_filter_to", "kworks-filter-to", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ExchangeFilter]]


def _from_wire(
    d: Any,
    where: str = "ExchangeFilter",
    _new: Callable[[type[ExchangeFilter]], ExchangeFilter] = object.__new__,
    _s_categories: Callable[[ExchangeFilter, Any], None] = ExchangeFilter.__dict__["categories"].__set__,
    _s_price_from: Callable[[ExchangeFilter, Any], None] = ExchangeFilter.__dict__["price_from"].__set__,
    _s_price_to: Callable[[ExchangeFilter, Any], None] = ExchangeFilter.__dict__["price_to"].__set__,
    _s_hiring_to: Callable[[ExchangeFilter, Any], None] = ExchangeFilter.__dict__["hiring_to"].__set__,
    _s_kworks_filter_from: Callable[[ExchangeFilter, Any], None] = ExchangeFilter.__dict__[
        "kworks_filter_from"
    ].__set__,
    _s_kworks_filter_to: Callable[[ExchangeFilter, Any], None] = ExchangeFilter.__dict__[
        "kworks_filter_to"
    ].__set__,
    _s_additional_properties: Callable[[ExchangeFilter, Any], None] = ExchangeFilter.__dict__[
        "additional_properties"
    ].__set__,
) -> ExchangeFilter:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_categories = g("categories")
    if f_categories is not None:
        if f_categories.__class__ is list:
            f_categories = list(
                map(_m_exchange_filter_category.ExchangeFilterCategory._from_wire, f_categories)
            )
        else:
            f_categories = _c.to_list(
                f_categories,
                _m_exchange_filter_category.ExchangeFilterCategory._from_wire,
                "ExchangeFilter.categories",
            )
    f_price_from = g("price-from")
    if f_price_from is not None and f_price_from.__class__ is not int:
        f_price_from = _c.to_int(f_price_from, "ExchangeFilter.price_from")
    f_price_to = g("price-to")
    if f_price_to is not None and f_price_to.__class__ is not int:
        f_price_to = _c.to_int(f_price_to, "ExchangeFilter.price_to")
    f_hiring_to = g("hiring-to")
    if f_hiring_to is not None and f_hiring_to.__class__ is not int:
        f_hiring_to = _c.to_int(f_hiring_to, "ExchangeFilter.hiring_to")
    f_kworks_filter_from = g("kworks-filter-from")
    if f_kworks_filter_from is not None and f_kworks_filter_from.__class__ is not int:
        f_kworks_filter_from = _c.to_int(f_kworks_filter_from, "ExchangeFilter.kworks_filter_from")
    f_kworks_filter_to = g("kworks-filter-to")
    if f_kworks_filter_to is not None and f_kworks_filter_to.__class__ is not int:
        f_kworks_filter_to = _c.to_int(f_kworks_filter_to, "ExchangeFilter.kworks_filter_to")
    o = _new(ExchangeFilter)
    _s_categories(o, f_categories)
    _s_price_from(o, f_price_from)
    _s_price_to(o, f_price_to)
    _s_hiring_to(o, f_hiring_to)
    _s_kworks_filter_from(o, f_kworks_filter_from)
    _s_kworks_filter_to(o, f_kworks_filter_to)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ExchangeFilter._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
