"""The emulator over real HTTP/1.1 on loopback (keep-alive, Content-Length bodies).

Small on purpose: it needs to speak exactly what Kwork's clients send, and to misbehave on
request (drop the connection, cut a body short, answer late) in ways a full server
framework would not let it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

from ._emulator import Emulator, Reply, Request
from ._wire import decode_body

_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    413: "Payload Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
MAX_BODY = 64 * 1024 * 1024


class EmulatorServer:
    """Serve an Emulator on 127.0.0.1. Use `serve_in_thread()` from tests and scripts."""

    def __init__(self, emulator: Emulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.emulator = emulator
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task[None]] = set()
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._connection, self.host, self.port, backlog=512)
        self.port = self._server.sockets[0].getsockname()[1]

    async def serve_forever(self) -> None:
        if self._server is None:
            await self.start()
        assert self._server is not None
        async with self._server:
            await self._server.serve_forever()

    async def aclose(self) -> None:
        """Stop accepting, close open keep-alive connections and let their handlers finish."""
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        if self._handlers:
            await asyncio.wait(list(self._handlers), timeout=5)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(writer)
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        try:
            while True:
                request, keep_alive = await self._read_request(reader)
                if request is None:
                    break
                reply = self.emulator.handle(request)
                if reply.delay:
                    await asyncio.sleep(reply.delay)
                if reply.drop:
                    break
                await self._write_reply(writer, reply, keep_alive)
                if reply.truncate or not keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass
        finally:
            self.connections -= 1
            self._writers.discard(writer)
            if task is not None:
                self._handlers.discard(task)
            writer.close()

    async def _read_request(self, reader: asyncio.StreamReader) -> tuple[Request | None, bool]:
        head = await reader.readuntil(b"\r\n\r\n") if not reader.at_eof() else b""
        if not head:
            return None, False
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length") or 0)
        if length > MAX_BODY:
            raise ValueError("body too large")
        body = await reader.readexactly(length) if length else b""
        url = urlsplit(target)
        form, files = decode_body(headers.get("content-type", ""), body)
        request = Request(
            method=url.path.lstrip("/"),
            query=parse_qsl(url.query, keep_blank_values=True),
            form=form,
            files=files,
            headers=headers,
        )
        keep_alive = headers.get("connection", "").lower() != "close" and version == "HTTP/1.1"
        request.http_method = method
        return request, keep_alive

    @staticmethod
    async def _write_reply(writer: asyncio.StreamWriter, reply: Reply, keep_alive: bool) -> None:
        body = reply.body
        head = [
            f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Status')}",
            f"Content-Length: {len(body)}",
            f"Connection: {'keep-alive' if keep_alive else 'close'}",
        ]
        head += [f"{k}: {v}" for k, v in reply.headers.items()]
        if reply.truncate:
            body = body[: max(1, len(body) // 2)]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        await writer.drain()


@contextlib.contextmanager
def serve_in_thread(emulator: Emulator | None = None, port: int = 0) -> Iterator[EmulatorServer]:
    """Run the server on a background thread for the duration of the `with` block."""
    server = EmulatorServer(emulator or Emulator(), port=port)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(server.start())
        except BaseException as exc:  # port taken, ...: report to the caller
            failure.append(exc)
            ready.set()
            return
        ready.set()
        task = loop.create_task(server.serve_forever())
        with contextlib.suppress(asyncio.CancelledError):
            loop.run_until_complete(task)
        loop.run_until_complete(server.aclose())

    thread = threading.Thread(target=run, name="kwork-emulator", daemon=True)
    thread.start()
    ready.wait(30)
    if failure:
        raise failure[0]
    try:
        yield server
    finally:

        def stop() -> None:
            for task in asyncio.all_tasks(loop):
                if task.get_coro().__name__ == "serve_forever":  # type: ignore[union-attr]
                    task.cancel()

        if not loop.is_closed():
            loop.call_soon_threadsafe(stop)
        thread.join(10)
        loop.close()
