"""The async client's default transport: httpx requests and responses, sent over aiohttp.

httpx's own async pool is several times slower than aiohttp on the same work (see
docs/benchmarks.md), so AsyncKworkClient sends through aiohttp while the rest of the SDK keeps
httpx's Request/Response types. Kwork answers are small JSON documents, so bodies are read
whole. Errors become the httpx exception that says whether the request may have reached the
server: a dropped connection after sending is never reported as a connect failure, because
that would make a write look safe to resend.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from typing import Any

import aiohttp
import httpx
from yarl import URL

from ._errors import aiohttp_kind

__all__ = ["AiohttpTransport"]


#: The httpx exception for each thing an aiohttp failure can say (see _errors.aiohttp_kind).
_HTTPX_FOR: dict[tuple[str | None, bool], type[httpx.TransportError]] = {
    ("connect", False): httpx.ConnectTimeout,  # no connection yet: nothing was sent
    ("read", True): httpx.ReadTimeout,
    (None, False): httpx.ConnectError,  # refused, DNS, TLS handshake: nothing was sent
    (None, True): httpx.ReadError,  # sent, then the answer was lost or cut short
}


def _mapped(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception for an aiohttp one, from the one table in _errors."""
    if isinstance(exc, aiohttp.InvalidURL):
        cls: type[httpx.TransportError] = httpx.UnsupportedProtocol
    else:
        cls = _HTTPX_FOR.get(aiohttp_kind(exc) or (None, True), httpx.ReadError)
    error = cls(str(exc) or type(exc).__name__, request=request)
    error.__cause__ = exc
    return error


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx async transport backed by one aiohttp session (opened on first use)."""

    def __init__(self, *, limits: httpx.Limits | None = None, verify: ssl.SSLContext | bool = True) -> None:
        self._limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._ssl: ssl.SSLContext | bool = verify
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}

    def _open(self) -> aiohttp.ClientSession:
        """A session for the running event loop (a session cannot outlive or change its loop)."""
        old = self._session
        if old is not None and not old.closed:  # its loop is gone: drop it without touching it
            with contextlib.suppress(Exception):
                old._connector = None
        self._loop = asyncio.get_running_loop()
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry or 5.0,
            ssl=self._ssl,
        )
        self._session = aiohttp.ClientSession(
            connector=connector, auto_decompress=False, skip_auto_headers=("User-Agent",)
        )
        return self._session

    def _timeout(self, extension: dict[str, Any] | None) -> aiohttp.ClientTimeout:
        spec = extension or {}
        key = (spec.get("connect"), spec.get("read"), spec.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            pool, connect = key[2], key[0]
            timeout = aiohttp.ClientTimeout(
                total=None,
                sock_read=key[1],
                sock_connect=connect,
                connect=None if pool is None or connect is None else pool + connect,
            )
            self._timeouts[key] = timeout
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None or self._loop is not asyncio.get_running_loop():
            session = self._open()
        content = await request.aread()
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=request.headers,
                data=content or None,
                allow_redirects=False,
                timeout=self._timeout(request.extensions.get("timeout")),
            ) as answer:
                body = await answer.read()
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _mapped(exc, request) from exc
        return httpx.Response(
            answer.status,
            headers=answer.raw_headers,
            content=body,
            request=request,
            extensions={"http_version": b"HTTP/1.1"},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
