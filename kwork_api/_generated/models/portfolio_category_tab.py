"""PortfolioCategoryTab: A category tab of a user's portfolio.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    portfolio_list: list[PortfolioItem] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("portfolio_count", "portfolio_count", "int | None"),
        ("portfolio_list", "portfolio_list", "list[PortfolioItem] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "PortfolioCategoryTab") -> PortfolioCategoryTab:
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
            f_portfolio_list = _c.to_list(
                f_portfolio_list,
                _m_portfolio_item.PortfolioItem._from_wire,
                "PortfolioCategoryTab.portfolio_list",
            )
        extra = d.keys() - _KNOWN
        return PortfolioCategoryTab(
            f_id,
            f_name,
            f_portfolio_count,
            f_portfolio_list,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
