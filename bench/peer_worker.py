"""The peer, kwork 0.2.0 (aiohttp + pydantic v2), measured in its own venv.

Runs under bench/.venv-peer's python, which has no kwork_api: only the standard library,
`timing` (beside this file) and the peer. The peer is imported by name at run time so the
SDK's own type check never needs it. Its base URL is overridden with `api_host=` so it only
ever talks to the loopback emulator.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from timing import interleave, timed

#: (elapsed ns, items received, CPU ns of this process) of the timed calls.
Tally = tuple[int, int, int]


def _parse(body_file: str, rounds: int, inner: int, warmup: int) -> dict[str, Any]:
    """The peer's own path for a projects answer: text, json.loads, WantWorker(**item) each.

    That is what `KworkClient.get_projects` does after aiohttp hands it `resp.text()`.
    If the peer's models reject the data, say so, then measure on a copy without the
    offending field, labelled as such.
    """
    want_worker = importlib.import_module("kwork.schema").WantWorker
    body = Path(body_file).read_bytes()
    result: dict[str, Any] = {}
    try:
        [want_worker(**p) for p in json.loads(body.decode("utf-8"))["response"]]
    except Exception as exc:  # pydantic.ValidationError: report, do not fake
        first = str(exc).splitlines()
        result["error"] = f"{type(exc).__name__}: {' '.join(line.strip() for line in first[:3])}"
        data = json.loads(body)
        for item in data["response"]:
            item.pop("time_left", None)
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        result["adapted"] = "time_left removed from every project"
    text = body.decode("utf-8")

    def peer() -> None:
        [want_worker(**p) for p in json.loads(body.decode("utf-8"))["response"]]

    def baseline() -> None:
        json.loads(text)

    times = interleave({"peer": timed(peer, inner), "json": timed(baseline, inner)}, rounds, warmup)
    result.update(peer_ns=times["peer"], json_ns=times["json"])
    return result


async def _throughput(url: str, calls: int, concurrency: int, warmup: int) -> dict[str, Any]:
    """`calls` projects pages, `concurrency` in flight, through the peer's typed `get_projects()`.

    That is the peer's counterpart of `client.projects.get_list()`: models on both sides. If
    its models reject the emulator's data, fall back to its raw `projects()` (dicts) and say so.
    """
    client_cls = importlib.import_module("kwork").KworkClient
    client = client_cls(login="demo", password="demo-password", api_host=url + "{}")
    result: dict[str, Any] = {"path": "get_projects()"}

    async def typed(page: int) -> int:
        return len(await client.get_projects([], page=page))

    async def raw(page: int) -> int:
        return len((await client.projects(page=page))["response"])

    call = typed
    try:
        try:
            await typed(1)  # also signs in
        except Exception as exc:  # pydantic.ValidationError: report, then measure what works
            first = str(exc).splitlines()
            result["error"] = f"{type(exc).__name__}: {' '.join(line.strip() for line in first[:3])}"
            result["path"] = "projects() (raw dicts)"
            call = raw
        await _drive(call, warmup, concurrency)  # opens the pool
        result["ns"], result["items"], result["cpu_ns"] = await _drive(call, calls, concurrency)
    finally:
        await client.close()
    return result


async def _drive(call: Any, calls: int, concurrency: int) -> Tally:
    """Same driver as sdk_worker's: workers pulling page numbers, GC off while timed."""
    pages = iter(range(calls))
    items = 0

    async def worker() -> None:
        nonlocal items
        for i in pages:
            got = await call(i % 1000 + 1)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["parse", "throughput"])
    parser.add_argument("--body")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--inner", type=int, default=1)
    parser.add_argument("--url")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args(argv)
    if args.mode == "parse":
        print(json.dumps(_parse(args.body, args.rounds, args.inner, args.warmup), ensure_ascii=False))
    else:
        print(json.dumps(asyncio.run(_throughput(args.url, args.calls, args.concurrency, args.warmup))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
