"""Fault injection for the emulator: the failures Kwork and networks really produce.

    emulator.faults.add("http_429", times=2, retry_after="1")        # next two calls
    emulator.faults.add("drop_after", methods={"inboxCreate"})       # applied, answer lost
    emulator.faults.random(rate=0.05)                                 # ~5% of calls, mixed

Kinds that answer without applying the call: latency is the exception (it applies, late).
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import orjson

if TYPE_CHECKING:
    from ._emulator import Reply

#: kind -> whether the emulator applies the call before the fault shows.
KINDS: dict[str, bool] = {
    "latency": True,  # answers after `delay` seconds
    "http_429": False,  # rate limited, with Retry-After
    "http_500": False,  # server error with an HTML page
    "http_503": False,  # server overloaded, JSON envelope
    "html_403": False,  # the anti-bot firewall's HTML page
    "empty_403": False,  # the firewall's empty answer
    "empty_200": False,  # HTTP 200 with an empty body
    "html_200": False,  # HTTP 200 with an HTML page
    "drop_before": False,  # connection closed before the call was applied
    "drop_after": True,  # call applied, then the connection closed: the answer is lost
    "truncate": True,  # call applied, answer cut short
}
_HTML = b"<html><head><title>Access denied</title></head><body><h1>403 Forbidden</h1></body></html>"


@dataclass
class Fault:
    kind: str
    methods: frozenset[str] | None = None
    times: int | None = 1
    probability: float = 1.0
    retry_after: str = "1"
    delay: float = 0.05
    fired: int = 0

    @property
    def applies_request(self) -> bool:
        return KINDS[self.kind]

    def reply(self) -> Reply:
        from ._emulator import Reply, server_error  # noqa: PLC0415

        kind = self.kind
        if kind == "http_429":
            body = {"success": False, "error": "Слишком много запросов"}
            return Reply(
                429, orjson.dumps(body), {"content-type": "application/json", "retry-after": self.retry_after}
            )
        if kind == "http_500":
            return server_error()
        if kind == "http_503":
            return Reply(503, orjson.dumps({"success": False, "error": "Сервис временно недоступен"}))
        if kind == "html_403":
            return Reply(403, _HTML, {"content-type": "text/html"})
        if kind == "empty_403":
            return Reply(403, b"", {"content-type": "text/html"})
        if kind == "empty_200":
            return Reply(200, b"", {"content-type": "application/json"})
        if kind == "html_200":
            return Reply(200, b"<html><body>Technical works</body></html>", {"content-type": "text/html"})
        return Reply(drop=True)  # drop_before

    def after(self, reply: Reply) -> Reply:
        if self.kind == "latency":
            reply.delay = self.delay
        elif self.kind == "drop_after":
            reply.drop = True
        elif self.kind == "truncate":
            reply.truncate = True
        return reply


@dataclass
class Faults:
    seed: int = 0
    rules: list[Fault] = field(default_factory=list)
    injected: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()

    def add(
        self,
        kind: str,
        *,
        methods: Iterable[str] | None = None,
        times: int | None = 1,
        probability: float = 1.0,
        retry_after: str = "1",
        delay: float = 0.05,
    ) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(KINDS)}")
        fault = Fault(
            kind, frozenset(methods) if methods is not None else None, times, probability, retry_after, delay
        )
        with self._lock:
            self.rules.append(fault)
        return fault

    def random(
        self,
        rate: float,
        kinds: Iterable[str] | None = None,
        *,
        methods: Iterable[str] | None = None,
        retry_after: str = "0",
    ) -> None:
        """Fail about `rate` of all calls, spread evenly over `kinds` (default: all of them)."""
        chosen = list(kinds or KINDS)
        for kind in chosen:
            self.add(
                kind,
                methods=methods,
                times=None,
                probability=rate / len(chosen),
                retry_after=retry_after,
                delay=0.01,
            )

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def pick(self, method: str) -> Fault | None:
        if not self.rules:
            return None
        with self._lock:
            for fault in self.rules:
                if fault.methods is not None and method not in fault.methods:
                    continue
                if fault.times is not None and fault.fired >= fault.times:
                    continue
                if fault.probability < 1.0 and self._rng.random() >= fault.probability:
                    continue
                fault.fired += 1
                self.injected[fault.kind] += 1
                return fault
        return None
