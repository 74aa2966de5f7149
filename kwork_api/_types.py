"""Small shared types: the NOT_GIVEN sentinel and timeout spellings."""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

import httpx


class NotGiven:
    """Marks an argument the caller left out, where None has a meaning (no timeout)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

#: Seconds, an httpx.Timeout (connect/read/write/pool), or None for no limit.
Timeout: TypeAlias = float | httpx.Timeout | None

#: Connect fast, give the server tens of seconds to answer.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
