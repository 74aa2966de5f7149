"""PortfolioCategoryTab: A category tab of a user's portfolio.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import portfolio_item as _m_portfolio_item

if TYPE_CHECKING:
    from .portfolio_item import PortfolioItem

_KNOWN = frozenset(
    {
        "id",
        "name",
        "portfolio_count",
        "portfolio_list",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PortfolioCategoryTab(KworkModel):
    """A category tab of a user's portfolio.

    Attributes:
        id: Category id.
        name: Category name.
        portfolio_count: Number of portfolio items in it.
        portfolio_list: The first portfolio items of the tab.
    """

    id: int | None = None
    name: str | None = None
    portfolio_count: int | None = None
    portfolio_list: list[PortfolioItem] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("portfolio_count", "portfolio_count", "int | None"),
        ("portfolio_list", "portfolio_list", "list[PortfolioItem] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PortfolioCategoryTab]]


def _from_wire(
    d: Any,
    where: str = "PortfolioCategoryTab",
    _new: Callable[[type[PortfolioCategoryTab]], PortfolioCategoryTab] = object.__new__,
    _s_id: Callable[[PortfolioCategoryTab, Any], None] = PortfolioCategoryTab.__dict__["id"].__set__,
    _s_name: Callable[[PortfolioCategoryTab, Any], None] = PortfolioCategoryTab.__dict__["name"].__set__,
    _s_portfolio_count: Callable[[PortfolioCategoryTab, Any], None] = PortfolioCategoryTab.__dict__[
        "portfolio_count"
    ].__set__,
    _s_portfolio_list: Callable[[PortfolioCategoryTab, Any], None] = PortfolioCategoryTab.__dict__[
        "portfolio_list"
    ].__set__,
    _s_additional_properties: Callable[[PortfolioCategoryTab, Any], None] = PortfolioCategoryTab.__dict__[
        "additional_properties"
    ].__set__,
) -> PortfolioCategoryTab:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "PortfolioCategoryTab.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "PortfolioCategoryTab.name")
    f_portfolio_count = g("portfolio_count")
    if f_portfolio_count is not None and f_portfolio_count.__class__ is not int:
        f_portfolio_count = _c.to_int(f_portfolio_count, "PortfolioCategoryTab.portfolio_count")
    f_portfolio_list = g("portfolio_list")
    if f_portfolio_list is not None:
        if f_portfolio_list.__class__ is list:
            f_portfolio_list = list(map(_m_portfolio_item.PortfolioItem._from_wire, f_portfolio_list))
        else:
            f_portfolio_list = _c.to_list(
                f_portfolio_list,
                _m_portfolio_item.PortfolioItem._from_wire,
                "PortfolioCategoryTab.portfolio_list",
            )
    o = _new(PortfolioCategoryTab)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_portfolio_count(o, f_portfolio_count)
    _s_portfolio_list(o, f_portfolio_list)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PortfolioCategoryTab._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
