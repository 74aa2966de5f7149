"""Base classes of the generated resource groups (`client.projects`, `client.dialogs`, ...)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from ._pagination import aiterate, iterate
from ._request import FileInput
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from ._client import AsyncKworkClient, KworkClient
    from ._operation import Operation

T = TypeVar("T")

__all__ = ["NOT_GIVEN", "AsyncResource", "FileInput", "NotGiven", "SyncResource", "Timeout"]


class SyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: KworkClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def _call(
        self,
        op: Operation[T],
        values: tuple[Any, ...],
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
    ) -> T:
        return self._client._request(op, values, timeout, max_retries)

    def _iter(
        self,
        op: Operation[Any],
        values: tuple[Any, ...],
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
    ) -> Iterator[Any]:
        request = self._client._request
        return iterate(lambda v: request(op, v, timeout, max_retries), op, values)


class AsyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: AsyncKworkClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    async def _call(
        self,
        op: Operation[T],
        values: tuple[Any, ...],
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
    ) -> T:
        return await self._client._request(op, values, timeout, max_retries)

    def _iter(
        self,
        op: Operation[Any],
        values: tuple[Any, ...],
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
    ) -> AsyncIterator[Any]:
        request = self._client._request
        return aiterate(lambda v: request(op, v, timeout, max_retries), op, values)
