"""PaginationInfo: Where a page sits in a paged list.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._mixins import PagingMixin
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "page",
        "pages",
        "total",
        "limit",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PaginationInfo(PagingMixin, KworkModel):
    """Where a page sits in a paged list.

    Attributes:
        page: Number of this page, starting at 1.
        pages: Number of pages; some methods leave it out.
        total: Number of items across all pages.
        limit: Items per page.
    """

    page: int | None = None
    pages: int | None = None
    total: int | None = None
    limit: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("page", "page", "int | None"),
        ("pages", "pages", "int | None"),
        ("total", "total", "int | None"),
        ("limit", "limit", "int | None"),
    )

    @property
    def current_page(self) -> int | None:
        """Same as `page`."""
        return self.page

    @property
    def total_items(self) -> int | None:
        """Same as `total`."""
        return self.total

    @property
    def items_per_page(self) -> int | None:
        """Same as `limit`."""
        return self.limit

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PaginationInfo]]


def _from_wire(
    d: Any,
    where: str = "PaginationInfo",
    _new: Callable[[type[PaginationInfo]], PaginationInfo] = object.__new__,
    _s_page: Callable[[PaginationInfo, Any], None] = PaginationInfo.__dict__["page"].__set__,
    _s_pages: Callable[[PaginationInfo, Any], None] = PaginationInfo.__dict__["pages"].__set__,
    _s_total: Callable[[PaginationInfo, Any], None] = PaginationInfo.__dict__["total"].__set__,
    _s_limit: Callable[[PaginationInfo, Any], None] = PaginationInfo.__dict__["limit"].__set__,
    _s_additional_properties: Callable[[PaginationInfo, Any], None] = PaginationInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> PaginationInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_page = g("page")
    if f_page is not None and f_page.__class__ is not int:
        f_page = _c.to_int(f_page, "PaginationInfo.page")
    f_pages = g("pages")
    if f_pages is not None and f_pages.__class__ is not int:
        f_pages = _c.to_int(f_pages, "PaginationInfo.pages")
    f_total = g("total")
    if f_total is not None and f_total.__class__ is not int:
        f_total = _c.to_int(f_total, "PaginationInfo.total")
    f_limit = g("limit")
    if f_limit is not None and f_limit.__class__ is not int:
        f_limit = _c.to_int(f_limit, "PaginationInfo.limit")
    o = _new(PaginationInfo)
    _s_page(o, f_page)
    _s_pages(o, f_pages)
    _s_total(o, f_total)
    _s_limit(o, f_limit)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PaginationInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
