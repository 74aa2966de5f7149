"""pytest fixtures for code that uses kwork-api (loaded automatically once it is installed).

* `kwork_emulator`: a fresh in-process Emulator per test.
* `kwork_client` / `kwork_async_client`: clients served by it, signed in as `demo`.
* `kwork_server`: the emulator over real HTTP on 127.0.0.1 (one per test session).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from kwork_api import AsyncKworkClient, KworkClient

    from . import Emulator, EmulatorServer


@pytest.fixture
def kwork_emulator() -> Emulator:
    from . import Emulator  # noqa: PLC0415

    return Emulator()


@pytest.fixture
def kwork_client(kwork_emulator: Any) -> Iterator[KworkClient]:
    with kwork_emulator.client() as client:
        yield client


try:  # pytest-asyncio in strict mode only runs async fixtures declared through it
    from pytest_asyncio import fixture as _async_fixture
except ImportError:  # pragma: no cover - anyio or auto mode users
    _async_fixture = pytest.fixture  # type: ignore[assignment]


@_async_fixture
async def kwork_async_client(kwork_emulator: Any) -> AsyncIterator[AsyncKworkClient]:
    async with kwork_emulator.async_client() as client:
        yield client


@pytest.fixture(scope="session")
def kwork_server() -> Iterator[EmulatorServer]:
    from . import Emulator, serve_in_thread  # noqa: PLC0415

    with serve_in_thread(Emulator()) as server:
        yield server
