"""Hand-written behaviour that the spec attaches to generated models (`x-kwork-mixin`)."""

from __future__ import annotations

import math


class PagingMixin:
    """Derived paging facts for `PaginationInfo`, whatever subset of fields the server sent."""

    __slots__ = ()

    page: int | None
    pages: int | None
    total: int | None
    limit: int | None

    @property
    def total_pages(self) -> int | None:
        """Number of pages: as sent, else computed from `total` and `limit`."""
        if self.pages is not None:
            return self.pages
        if self.total is not None and self.limit:
            return max(1, math.ceil(self.total / self.limit))
        return None

    @property
    def has_next(self) -> bool:
        """True when a page after this one exists (False when the server gave no way to tell)."""
        total_pages = self.total_pages
        return self.page is not None and total_pages is not None and self.page < total_pages

    @property
    def has_prev(self) -> bool:
        """True when a page before this one exists."""
        return self.page is not None and self.page > 1
