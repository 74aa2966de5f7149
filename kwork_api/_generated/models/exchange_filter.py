"""ExchangeFilter: A freelancer's exchange filter set. Keys with no value are left out.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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

    categories: list[ExchangeFilterCategory] | None = None
    price_from: int | None = None
    price_to: int | None = None
    hiring_to: int | None = None
    kworks_filter_from: int | None = None
    kworks_filter_to: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("categories", "categories", "list[ExchangeFilterCategory] | None"),
        ("price_from", "price-from", "int | None"),
        ("price_to", "price-to", "int | None"),
        ("hiring_to", "hiring-to", "int | None"),
        ("kworks_filter_from", "kworks-filter-from", "int | None"),
        ("kworks_filter_to", "kworks-filter-to", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ExchangeFilter") -> ExchangeFilter:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_categories = g("categories")
        if f_categories is not None:
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
        extra = d.keys() - _KNOWN
        return ExchangeFilter(
            f_categories,
            f_price_from,
            f_price_to,
            f_hiring_to,
            f_kworks_filter_from,
            f_kworks_filter_to,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
