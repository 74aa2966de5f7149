"""Child-process rounds for the SDK and raw httpx against the loopback emulator.

Each round of a throughput figure is a fresh process: it warms up (connections, imports,
the token), then times its calls with the GC off and prints one JSON line. A fresh process
per round lets rounds of different clients interleave, and keeps one client's pool, caches
or garbage from ever touching another's numbers. The memory figure lives here too: peak RSS
can only be read per process.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import resource
import sys
import time
from collections.abc import Awaitable, Callable

import httpx

from kwork_api import AsyncKworkClient, KworkClient
from kwork_api._auth import DEFAULT_APP_AUTH, basic_header

BASIC = {"Authorization": basic_header(DEFAULT_APP_AUTH)}
#: (elapsed ns, items received, CPU ns of this process) of the timed calls.
Tally = tuple[int, int, int]
#: Pages cycle over the first PAGES so that every call gets a full page of 20 projects.
PAGES = 1000


async def _drive(call: Callable[[int], Awaitable[int]], calls: int, concurrency: int) -> Tally:
    """`calls` calls, `concurrency` in flight (workers pulling pages); (elapsed ns, items)."""
    pages = iter(range(calls))
    items = 0

    async def worker() -> None:
        nonlocal items
        for i in pages:
            got = await call(i % PAGES + 1)  # not `items += await ...`: that reads items before awaiting
            items += got

    gc.collect()
    gc.disable()
    cpu = time.process_time_ns()
    start = time.perf_counter_ns()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter_ns() - start
    cpu = time.process_time_ns() - cpu
    gc.enable()
    return elapsed, items, cpu


async def async_round(variant: str, url: str, token: str, calls: int, concurrency: int, warmup: int) -> Tally:
    if variant == "sdk-async":
        async with AsyncKworkClient(token=token, base_url=url) as client:  # default transport

            async def sdk(page: int) -> int:
                return len((await client.projects.get_list(page=page)).projects or ())

            await _drive(sdk, warmup, concurrency)
            return await _drive(sdk, calls, concurrency)
    async with httpx.AsyncClient(headers=BASIC) as http:  # httpx's default pool

        async def raw(page: int) -> int:
            response = await http.post(url + "projects", params={"token": token, "page": page})
            return len(response.json()["response"])

        await _drive(raw, warmup, concurrency)
        return await _drive(raw, calls, concurrency)


def _sync_round(variant: str, url: str, token: str, calls: int, warmup: int) -> Tally:
    def drive(call: Callable[[int], int], n: int) -> Tally:
        items = 0
        gc.collect()
        gc.disable()
        cpu = time.process_time_ns()
        start = time.perf_counter_ns()
        for i in range(n):
            items += call(i % PAGES + 1)
        elapsed = time.perf_counter_ns() - start
        cpu = time.process_time_ns() - cpu
        gc.enable()
        return elapsed, items, cpu

    if variant == "sdk-sync":
        with KworkClient(token=token, base_url=url) as client:

            def sdk(page: int) -> int:
                return len(client.projects.get_list(page=page).projects or ())

            drive(sdk, warmup)
            return drive(sdk, calls)
    with httpx.Client(headers=BASIC) as http:

        def raw(page: int) -> int:
            return len(http.post(url + "projects", params={"token": token, "page": page}).json()["response"])

        drive(raw, warmup)
        return drive(raw, calls)


def _maxrss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _memory(url: str, expect: int) -> dict[str, object]:
    """Iterate every project once; peak RSS once the first page is in, and at checkpoints."""
    checkpoints = sorted({1, expect // 10, expect // 2, expect})
    marks: dict[str, int] = {}
    count = 0
    start = time.perf_counter_ns()
    with KworkClient(login="demo", password="demo-password", base_url=url) as client:
        for _project in client.projects.iter_list():
            count += 1
            if count in checkpoints:
                marks[str(count)] = _maxrss_kib()
    return {
        "count": count,
        "maxrss_kib": marks,
        "final_kib": _maxrss_kib(),
        "seconds": (time.perf_counter_ns() - start) / 1e9,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["sdk-async", "httpx-async", "sdk-sync", "httpx-sync", "memory"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", default="")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--expect", type=int, default=0, help="memory: projects the emulator holds")
    args = parser.parse_args(argv)
    if args.mode == "memory":
        print(json.dumps(_memory(args.url, args.expect)))
        return 0
    if args.mode.endswith("-async"):
        elapsed, items, cpu = asyncio.run(
            async_round(args.mode, args.url, args.token, args.calls, args.concurrency, args.warmup)
        )
    else:
        elapsed, items, cpu = _sync_round(args.mode, args.url, args.token, args.calls, args.warmup)
    print(json.dumps({"ns": elapsed, "items": items, "cpu_ns": cpu}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
