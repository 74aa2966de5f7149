"""1,000 mixed calls per client over real loopback HTTP with ~5% injected faults.

Every read returns or raises a typed KworkError, the emulator applies each write at most
once, and open file descriptors and memory stay flat across the run.
"""

from __future__ import annotations

import gc
import os
import resource
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kwork_api import AsyncKworkClient, KworkClient, KworkError, RetryPolicy
from kwork_api.testing import Emulator, serve_in_thread

CALLS = 1_000
FAST = RetryPolicy(base_delay=0.001, max_delay=0.004)
TIMEOUT = httpx.Timeout(5.0, read=2.0)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def plan(i: int) -> tuple[str, Callable[[Any], Any]]:
    """Call number i: every fifth a write with a unique text, the rest a mix of reads."""
    if i % 5 == 0:
        return "write", lambda c: c.dialogs.send_message(1100 + i % 12, f"fault-run {i}")
    reads: list[Callable[[Any], Any]] = [
        lambda c: c.user.get_me(),
        lambda c: c.projects.get_list(page=1 + i % 7),
        lambda c: c.catalog.get_categories(),
        lambda c: c.dialogs.get_list(),
        lambda c: c.reference.get_timezones(),
    ]
    return "read", reads[i % len(reads)]


def verdict(
    emu: Emulator, outcomes: Counter[str], label: str, fds: tuple[int, int], rss: tuple[float, float]
) -> None:
    texts = Counter(
        p.get("text") for p in emu.applied("inboxCreate") if p.get("text", "").startswith("fault-run")
    )
    duplicates = {t: n for t, n in texts.items() if n > 1}
    print(
        f"\n[{label}] calls={CALLS} requests={emu.requests} retries={emu.requests - CALLS - 20} "
        f"faults={sum(emu.faults.injected.values())} {dict(emu.faults.injected)} outcomes={dict(outcomes)} "
        f"duplicate writes={len(duplicates)} fds {fds[0]}->{fds[1]} rss {rss[0]:.1f}->{rss[1]:.1f} MB"
    )
    assert duplicates == {}
    assert "untyped" not in outcomes
    assert sum(emu.faults.injected.values()) >= CALLS * 0.02  # the faults really happened
    assert fds[1] - fds[0] <= 3
    assert rss[1] - rss[0] < 25


def test_fault_run_blocking_client() -> None:
    emu = Emulator()
    outcomes: Counter[str] = Counter()
    with (
        serve_in_thread(emu) as server,
        KworkClient(
            token=emu.issue_token(), base_url=server.url, retry_policy=FAST, timeout=TIMEOUT
        ) as client,
    ):
        for i in range(20):  # warm-up: every kind of call once, so lazy imports and caches settle
            plan(CALLS + i)[1](client)
        gc.collect()
        before = open_fds(), rss_mb()
        emu.faults.random(rate=0.05, retry_after="0")
        for i in range(CALLS):
            kind, call = plan(i)
            try:
                call(client)
                outcomes[f"{kind} ok"] += 1
            except KworkError as exc:
                outcomes[f"{kind} {type(exc).__name__}"] += 1
            except Exception:  # anything else is a bug
                outcomes["untyped"] += 1
        emu.faults.clear()
        gc.collect()
        after = open_fds(), rss_mb()
    verdict(emu, outcomes, "sync", (before[0], after[0]), (before[1], after[1]))


@pytest.mark.parametrize("transport", ["default (aiohttp)", "httpx"])
async def test_fault_run_async_client(transport: str) -> None:
    emu = Emulator()
    outcomes: Counter[str] = Counter()
    http = httpx.AsyncClient(timeout=TIMEOUT) if transport == "httpx" else None
    with serve_in_thread(emu) as server:
        async with AsyncKworkClient(
            token=emu.issue_token(), base_url=server.url, retry_policy=FAST, timeout=TIMEOUT, http_client=http
        ) as client:
            for i in range(20):
                await plan(CALLS + i)[1](client)
            gc.collect()
            before = open_fds(), rss_mb()
            emu.faults.random(rate=0.05, retry_after="0")
            for i in range(CALLS):
                kind, call = plan(i)
                try:
                    await call(client)
                    outcomes[f"{kind} ok"] += 1
                except KworkError as exc:
                    outcomes[f"{kind} {type(exc).__name__}"] += 1
                except Exception:
                    outcomes["untyped"] += 1
            emu.faults.clear()
            gc.collect()
            after = open_fds(), rss_mb()
        if http is not None:
            await http.aclose()
    verdict(emu, outcomes, f"async {transport}", (before[0], after[0]), (before[1], after[1]))
