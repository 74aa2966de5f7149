"""Auto-pagination: which page comes next is decided once; the two iterators only fetch."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any

from ._operation import Operation

Values = tuple[Any, ...]


def page_index(op: Operation[Any]) -> int:
    for i, p in enumerate(op.params):
        if p.name == "page":
            return i
    raise TypeError(f"{op.method} takes no `page` argument")  # the generator only pages such methods


def items_of(op: Operation[Any], page: Any) -> Sequence[Any]:
    assert op.paged is not None
    return getattr(page, op.paged) or ()


def next_values(op: Operation[Any], values: Values, page: Any) -> Values | None:
    """Arguments for the page after `page`, or None when it was the last one.

    Trusts the server's paging when it gave one; otherwise keeps going while pages come
    back full, and stops at the first empty or short page.
    """
    items = items_of(op, page)
    if not items:
        return None
    index = page_index(op)
    requested = values[index] or 1
    info = getattr(page, "pagination", None)
    current = (info.page if info is not None else None) or requested
    if info is not None and info.total_pages is not None:
        if current >= info.total_pages:
            return None
    elif info is not None and info.limit and len(items) < info.limit:
        return None
    elif info is None:
        return None  # no paging facts at all: one page is all we can vouch for
    return (*values[:index], current + 1, *values[index + 1 :])


def iterate(fetch: Callable[[Values], Any], op: Operation[Any], values: Values) -> Iterator[Any]:
    """Yield every item across pages, fetching each page only when the previous one is used up."""
    current: Values | None = values
    while current is not None:
        page = fetch(current)
        yield from items_of(op, page)
        current = next_values(op, current, page)


async def aiterate(
    fetch: Callable[[Values], Awaitable[Any]], op: Operation[Any], values: Values
) -> AsyncIterator[Any]:
    current: Values | None = values
    while current is not None:
        page = await fetch(current)
        for item in items_of(op, page):
            yield item
        current = next_values(op, current, page)
