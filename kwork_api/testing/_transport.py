"""The emulator as an httpx transport: in-process, no sockets, for fast tests."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import parse_qsl

import httpx

from ._emulator import Emulator, Reply, Request
from ._wire import decode_body


def to_request(request: httpx.Request, body: bytes) -> Request:
    form, files = decode_body(request.headers.get("content-type", ""), body)
    return Request(
        method=request.url.path.lstrip("/"),
        query=parse_qsl(request.url.query.decode("ascii", "replace"), keep_blank_values=True),
        form=form,
        files=files,
        headers={k.lower(): v for k, v in request.headers.items()},
        http_method=request.method,
    )


def _read_timeout(request: httpx.Request) -> float:
    read = (request.extensions.get("timeout") or {}).get("read")
    return float("inf") if read is None else float(read)


def to_response(reply: Reply, request: httpx.Request) -> httpx.Response:
    """What a real socket would deliver: a late answer past the read timeout is a timeout."""
    if reply.delay and reply.delay > _read_timeout(request):
        raise httpx.ReadTimeout("timed out", request=request)
    if reply.drop:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if reply.truncate:
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body", request=request
        )
    return httpx.Response(reply.status, headers=reply.headers, content=reply.body, request=request)


class EmulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Serves requests from an Emulator in the calling thread or task."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self.emulator.handle(to_request(request, request.read()))
        if reply.delay:
            time.sleep(min(reply.delay, _read_timeout(request)))
        return to_response(reply, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = self.emulator.handle(to_request(request, await request.aread()))
        if reply.delay:
            await asyncio.sleep(min(reply.delay, _read_timeout(request)))
        return to_response(reply, request)
