"""PortfolioPage: A page of a user's portfolio items.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

    portfolio: list[PortfolioItem] | None = _attrs.field(default=None, hash=False)
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("portfolio", "portfolio", "list[PortfolioItem] | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PortfolioPage]]


def _from_wire(
    d: Any,
    where: str = "PortfolioPage",
    _new: Callable[[type[PortfolioPage]], PortfolioPage] = object.__new__,
    _s_portfolio: Callable[[PortfolioPage, Any], None] = PortfolioPage.__dict__["portfolio"].__set__,
    _s_paging: Callable[[PortfolioPage, Any], None] = PortfolioPage.__dict__["paging"].__set__,
    _s_additional_properties: Callable[[PortfolioPage, Any], None] = PortfolioPage.__dict__[
        "additional_properties"
    ].__set__,
) -> PortfolioPage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_portfolio = g("portfolio")
    if f_portfolio is not None:
        if f_portfolio.__class__ is list:
            f_portfolio = list(map(_m_portfolio_item.PortfolioItem._from_wire, f_portfolio))
        else:
            f_portfolio = _c.to_list(
                f_portfolio, _m_portfolio_item.PortfolioItem._from_wire, "PortfolioPage.portfolio"
            )
    f_paging = g("paging")
    if f_paging is not None:
        f_paging = _c.to_model(f_paging, _m_pagination_info.PaginationInfo._from_wire, "PortfolioPage.paging")
    o = _new(PortfolioPage)
    _s_portfolio(o, f_portfolio)
    _s_paging(o, f_paging)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PortfolioPage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
