"""PortfolioPage: A page of a user's portfolio items.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import pagination_info as _m_pagination_info
from . import portfolio_item as _m_portfolio_item

if TYPE_CHECKING:
    from .pagination_info import PaginationInfo
    from .portfolio_item import PortfolioItem

_KNOWN = frozenset(
    {
        "portfolio",
        "paging",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PortfolioPage(KworkModel):
    """A page of a user's portfolio items.

    Attributes:
        portfolio: The portfolio items on this page.
        paging: Where this page sits in the list.
    """

    portfolio: list[PortfolioItem] | None = None
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("portfolio", "portfolio", "list[PortfolioItem] | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    @staticmethod
    def _from_wire(d: Any, where: str = "PortfolioPage") -> PortfolioPage:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_portfolio = g("portfolio")
        if f_portfolio is not None:
            f_portfolio = _c.to_list(
                f_portfolio, _m_portfolio_item.PortfolioItem._from_wire, "PortfolioPage.portfolio"
            )
        f_paging = g("paging")
        if f_paging is not None:
            f_paging = _c.to_model(
                f_paging, _m_pagination_info.PaginationInfo._from_wire, "PortfolioPage.paging"
            )
        extra = d.keys() - _KNOWN
        return PortfolioPage(
            f_portfolio,
            f_paging,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
