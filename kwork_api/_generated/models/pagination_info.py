"""PaginationInfo: Where a page sits in a paged list.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "PaginationInfo") -> PaginationInfo:
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
        extra = d.keys() - _KNOWN
        return PaginationInfo(
            f_page,
            f_pages,
            f_total,
            f_limit,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
