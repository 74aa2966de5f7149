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


def _parse(body_file: str, rounds: int, warmup: int) -> dict[str, Any]:
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

    times = interleave({"peer": timed(peer), "json": timed(baseline)}, rounds, warmup)
    result.update(peer_ns=times["peer"], json_ns=times["json"])
    return result


async def _throughput(url: str, calls: int, concurrency: int, warmup: int) -> dict[str, Any]:
    """`calls` projects pages, `concurrency` in flight, through the peer's raw `projects()`.

    Its typed `get_projects()` cannot be used: WantWorker.time_left is an int and the
    emulator sends Kwork's text ("1 дн."), so every call would raise.
    """
    client_cls = importlib.import_module("kwork").KworkClient
    client = client_cls(login="demo", password="demo-password", api_host=url + "{}")
    items = 0

    async def drive(n: int) -> int:
        nonlocal items
        pages = iter(range(n))

        async def worker() -> None:
            nonlocal items
            for i in pages:
                answer = await client.projects(page=i % 1000 + 1)
                items += len(answer["response"])

        gc.collect()
        gc.disable()
        start = time.perf_counter_ns()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter_ns() - start
        gc.enable()
        return elapsed

    try:
        await drive(warmup)  # signs in, opens the pool
        items = 0
        elapsed = await drive(calls)
    finally:
        await client.close()
    return {"ns": elapsed, "items": items}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["parse", "throughput"])
    parser.add_argument("--body")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--url")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args(argv)
    if args.mode == "parse":
        print(json.dumps(_parse(args.body, args.rounds, args.warmup), ensure_ascii=False))
    else:
        print(json.dumps(asyncio.run(_throughput(args.url, args.calls, args.concurrency, args.warmup))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
