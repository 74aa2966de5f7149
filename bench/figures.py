"""The six figures of the benchmark issue, each returning its table rows.

Every comparison is made in this run, variant and baseline interleaved round by round (see
timing.py). Numbers the peer cannot give are reported as missing, with the reason.
"""

from __future__ import annotations

import asyncio
import cProfile
import io
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
from procs import BENCH, ROOT, child_env, emulator, run_json
from report import Row
from timing import ainterleave, atimed, interleave, median, ratios, spread, timed

from kwork_api import AsyncKworkClient, KworkClient, _envelope
from kwork_api._auth import DEFAULT_APP_AUTH, basic_header
from kwork_api._generated.api.projects.projects import OPERATION as PROJECTS
from kwork_api.testing import Emulator, Request
from kwork_api.testing import _data as data

Log = Callable[[str], None]
BASIC = {"Authorization": basic_header(DEFAULT_APP_AUTH)}
#: A host that resolves nowhere: the canned transports answer before any lookup.
CANNED_URL = "http://kwork-bench.invalid/"


@dataclass(frozen=True)
class Sizes:
    """How much work each figure does; `quick()` is for the smoke test."""

    import_rounds: int = 25
    parse_items: int = 1000
    parse_rounds: int = 40
    parse_inner: int = 3
    call_inner: int = 300
    call_rounds: int = 40
    calls: int = 1000
    concurrency: int = 50
    call_warmup: int = 100
    throughput_rounds: int = 15
    sync_calls: int = 1000
    memory_projects: int = 100_000
    generate_rounds: int = 3
    warmup: int = 3

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            import_rounds=2,
            parse_items=50,
            parse_rounds=4,
            parse_inner=1,
            call_inner=20,
            call_rounds=4,
            calls=60,
            concurrency=10,
            call_warmup=10,
            throughput_rounds=1,
            sync_calls=30,
            memory_projects=400,
            generate_rounds=1,
            warmup=1,
        )


def _ms(ns: float) -> str:
    return f"{ns / 1e6:.2f} ms" if ns < 1e9 else f"{ns / 1e9:.2f} s"


def _us(ns: float) -> str:
    return f"{ns / 1e3:.1f} us"


def _compare(
    figure: str,
    value: list[int],
    base: list[int],
    sdk: str,
    baseline: str,
    target: float | None,
    *,
    higher_is_better: bool = False,
    note: str = "",
    label: str = "",
) -> Row:
    """A row from two interleaved series: median of the per-round ratios, their min-max, the target.

    `sdk` and `baseline` are the already formatted absolute values shown beside the ratio.
    """
    r = ratios(value, base, higher_is_better=higher_is_better)
    ratio = median(r)
    low, high = spread(r)
    met = None
    target_text = "-"
    if target is not None:
        met = ratio >= target if higher_is_better else ratio <= target
        target_text = f"{'>=' if higher_is_better else '<='} {target:g}x"
    return Row(figure, sdk, baseline, ratio, low, high, target_text, met, note, higher_is_better, label)


def _missing(figure: str, target: str, why: str) -> Row:
    return Row(figure, "not measured", "-", target=target, note=why)


# -- (1) import ---------------------------------------------------------------------------------
_IMPORT = "import time; t = time.perf_counter_ns(); import {0}; print(time.perf_counter_ns() - t)"


def _import_round(python: Path | str, module: str) -> Callable[[], int]:
    """A fresh interpreter timing only the import statement (interpreter start-up excluded)."""

    def run() -> int:
        done = subprocess.run(
            [str(python), "-c", _IMPORT.format(module)],
            capture_output=True,
            text=True,
            env=child_env(),
            cwd=ROOT,
            timeout=60,
            check=True,
        )
        return int(done.stdout.strip().splitlines()[-1])

    return run


def figure_import(sizes: Sizes, peer: Path | None, peer_why: str, log: Log) -> list[Row]:
    log("(1) import: fresh processes ...")
    variants = {
        "kwork_api": _import_round(sys.executable, "kwork_api"),
        "httpx": _import_round(sys.executable, "httpx"),
    }
    if peer is not None:
        variants["kwork"] = _import_round(peer, "kwork")
    times = interleave(variants, sizes.import_rounds, warmup=1)
    base = times["httpx"]
    rows = [
        _compare(
            "import kwork_api vs import httpx",
            times["kwork_api"],
            base,
            _ms(median(times["kwork_api"])),
            f"httpx {_ms(median(base))}",
            1.5,
            label="import: kwork_api / httpx",
        )
    ]
    if "kwork" in times:
        rows.append(
            _compare(
                "import kwork 0.2.0 (peer) vs import httpx",
                times["kwork"],
                base,
                f"kwork {_ms(median(times['kwork']))}",
                f"httpx {_ms(median(base))}",
                None,
                note="information: the peer's import, measured the same way in its venv",
                label="import: kwork (peer) / httpx",
            )
        )
    else:
        rows.append(_missing("import kwork 0.2.0 (peer) vs import httpx", "-", peer_why))
    return rows


# -- (2) parse ------------------------------------------------------------------------------------
def projects_body(n: int) -> bytes:
    """A realistic `projects` answer: n emulator projects plus the paging and connects blocks."""
    envelope = {
        "success": True,
        "response": [data.project(i) for i in range(n)],
        "paging": {"page": 1, "pages": 1, "total": n, "limit": n},
        "connects": {"all_connects": 30, "active_connects": 28, "update_time": data.BASE_TIME},
    }
    return orjson.dumps(envelope)


def figure_parse(sizes: Sizes, peer: Path | None, peer_why: str, log: Log) -> list[Row]:
    n = sizes.parse_items
    log(f"(2) parse: {n} projects ...")
    body = projects_body(n)
    text = body.decode("utf-8")
    page = _envelope.read(PROJECTS, 200, body, {})
    assert len(page.projects or ()) == n  # the measured path really structures every item

    def sdk() -> None:
        _envelope.read(PROJECTS, 200, body, {})

    def baseline() -> None:
        json.loads(text)

    inner = sizes.parse_inner
    times = interleave(
        {"sdk": timed(sdk, inner), "json": timed(baseline, inner)}, sizes.parse_rounds, sizes.warmup
    )
    size = f"{len(body) / 1024:.0f} KiB"
    figure = f"parse {n} projects ({size}): SDK models vs json.loads(str)"
    rows = [
        _compare(
            figure,
            times["sdk"],
            times["json"],
            _ms(median(times["sdk"]) / inner),
            f"json.loads {_ms(median(times['json']) / inner)}",
            1.6,
            label="parse: SDK / json.loads",
        )
    ]
    figure = f"parse {n} projects: peer pydantic models vs json.loads(str)"
    if peer is None:
        return [*rows, _missing(figure, "-", peer_why)]
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        handle.write(body)
        handle.flush()
        try:
            out = run_json(
                [
                    str(peer),
                    str(BENCH / "peer_worker.py"),
                    "parse",
                    "--body",
                    handle.name,
                    "--rounds",
                    str(sizes.parse_rounds),
                    "--inner",
                    str(inner),
                    "--warmup",
                    str(sizes.warmup),
                ],
                timeout=600,
            )
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            return [*rows, _missing(figure, "-", f"the peer worker failed: {exc}")]
    note = "information: the peer's own path (text, json.loads, WantWorker(**item)), in its venv"
    if "error" in out:
        figure += " (adapted input)"
        note = (
            f"the peer's models reject the emulator's projects ({out['error']}); measured on a copy with "
            f"{out['adapted']}, so this is not the same input as the SDK row"
        )
    rows.append(
        _compare(
            figure,
            out["peer_ns"],
            out["json_ns"],
            _ms(median(out["peer_ns"]) / inner),
            f"json.loads {_ms(median(out['json_ns']) / inner)}",
            None,
            note=note,
            label="parse: peer / json.loads",
        )
    )
    return rows


# -- (3) per-call overhead ------------------------------------------------------------------------
class Canned(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every request with the same bytes, in-process: what is left is client overhead."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.headers = {"content-type": "application/json; charset=utf-8", "content-length": str(len(body))}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=self.headers, content=self.body, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=self.headers, content=self.body, request=request)


def actor_body() -> bytes:
    """The emulator's real `actor` answer for the demo account."""
    emu = Emulator()
    token = emu.issue_token()
    reply = emu.handle(
        Request(method="actor", query=[("token", token)], headers={"authorization": BASIC["Authorization"]})
    )
    assert reply.status == 200, reply.body
    return reply.body


def figure_per_call(sizes: Sizes, log: Log) -> list[Row]:
    log("(3) per-call overhead: canned in-process transport ...")
    transport = Canned(actor_body())
    inner = sizes.call_inner
    url = CANNED_URL + "actor"
    with httpx.Client(transport=transport) as http, httpx.Client(transport=transport, headers=BASIC) as raw:
        client = KworkClient(token="x", base_url=CANNED_URL, http_client=http)
        assert client.user.get_me().username == data.DEMO_LOGIN
        times = interleave(
            {
                "sdk": timed(client.user.get_me, inner),
                "raw": timed(lambda: raw.post(url, params={"token": "x"}).json(), inner),
            },
            sizes.call_rounds,
            sizes.warmup,
        )
    sync_row = _compare(
        "per call, sync: user.get_me() vs raw httpx post().json()",
        times["sdk"],
        times["raw"],
        _us(median(times["sdk"]) / inner),
        f"httpx {_us(median(times['raw']) / inner)}",
        1.25,
        label="call, sync: SDK / httpx",
    )

    async_times = asyncio.run(_per_call_async(transport, sizes))
    async_row = _compare(
        "per call, async: user.get_me() vs raw httpx post().json()",
        async_times["sdk"],
        async_times["raw"],
        _us(median(async_times["sdk"]) / inner),
        f"httpx {_us(median(async_times['raw']) / inner)}",
        1.25,
        label="call, async: SDK / httpx",
    )
    return [sync_row, async_row]


async def _per_call_async(transport: Canned, sizes: Sizes) -> dict[str, list[int]]:
    """Async rounds: each awaits `inner` sequential calls on one running loop."""
    url = CANNED_URL + "actor"
    async with (
        httpx.AsyncClient(transport=transport) as http,
        httpx.AsyncClient(transport=transport, headers=BASIC) as raw,
    ):
        client = AsyncKworkClient(token="x", base_url=CANNED_URL, http_client=http)

        async def baseline() -> Any:
            return (await raw.post(url, params={"token": "x"})).json()

        return await ainterleave(
            {"sdk": atimed(client.user.get_me, sizes.call_inner), "raw": atimed(baseline, sizes.call_inner)},
            sizes.call_rounds,
            sizes.warmup,
        )


# -- (4) throughput --------------------------------------------------------------------------------
def _sign_in(url: str) -> str:
    with httpx.Client(headers=BASIC) as http:
        answer = http.post(url + "signIn", data={"login": data.DEMO_LOGIN, "password": data.DEMO_PASSWORD})
        token: str = answer.json()["response"]["token"]
        return token


def _worker_round(argv: list[str], expect: int, seen: dict[str, Any]) -> Callable[[], int]:
    """A round in a fresh worker process; `seen` gets its other fields and its CPU times."""

    def run() -> int:
        out = run_json(argv, timeout=600)
        seen.update(out)
        seen.setdefault("cpu", []).append(out["cpu_ns"])
        if out["items"] != expect:
            raise RuntimeError(f"{argv[2]}: got {out['items']} projects, expected {expect}")
        ns: int = out["ns"]
        return ns

    return run


def figure_throughput(sizes: Sizes, peer: Path | None, peer_why: str, log: Log) -> list[Row]:
    calls, conc = sizes.calls, sizes.concurrency
    projects = 1000 * 20  # the workers cycle over pages 1..1000: every call gets a full page
    log(f"(4) throughput: {calls} projects calls, {conc} in flight, emulator process ({projects} projects)")
    with emulator(projects) as url:
        token = _sign_in(url)
        worker = [sys.executable, str(BENCH / "sdk_worker.py")]
        common = [
            "--url",
            url,
            "--token",
            token,
            "--calls",
            str(calls),
            "--concurrency",
            str(conc),
            "--warmup",
            str(sizes.call_warmup),
        ]
        expect = calls * 20
        seen: dict[str, dict[str, Any]] = {k: {} for k in ("sdk", "httpx", "peer", "sdk-sync", "httpx-sync")}
        # The peer runs right after the SDK in each round: the pair with a target sits closest in time.
        variants = {"sdk": _worker_round([*worker, "sdk-async", *common], expect, seen["sdk"])}
        peer_seen = seen["peer"]
        if peer is not None:
            variants["peer"] = _worker_round(
                [
                    str(peer),
                    str(BENCH / "peer_worker.py"),
                    "throughput",
                    "--url",
                    url,
                    "--calls",
                    str(calls),
                    "--concurrency",
                    str(conc),
                    "--warmup",
                    str(sizes.call_warmup),
                ],
                expect,
                peer_seen,
            )
        variants["httpx"] = _worker_round([*worker, "httpx-async", *common], expect, seen["httpx"])
        times = interleave(variants, sizes.throughput_rounds)

        sync_common = [
            "--url",
            url,
            "--token",
            token,
            "--calls",
            str(sizes.sync_calls),
            "--warmup",
            str(sizes.call_warmup),
        ]
        log(f"    sync: {sizes.sync_calls} sequential calls ...")
        sync_times = interleave(
            {
                "sdk": _worker_round(
                    [*worker, "sdk-sync", *sync_common], sizes.sync_calls * 20, seen["sdk-sync"]
                ),
                "httpx": _worker_round(
                    [*worker, "httpx-sync", *sync_common], sizes.sync_calls * 20, seen["httpx-sync"]
                ),
            },
            sizes.throughput_rounds,
        )

    def cpu(name: str, n: int) -> str:
        """Client CPU per call: near 1/rate means the client process, not the server, is the limit."""
        return _us(median(seen[name]["cpu"]) / n) if seen[name].get("cpu") else "-"

    cpu_note = (
        f"client CPU per call (median): SDK {cpu('sdk', calls)}, kwork {cpu('peer', calls)}, "
        f"httpx {cpu('httpx', calls)}"
    )

    def rate(ns: list[int], n: int) -> str:
        return f"{n / (median(ns) / 1e9):,.0f} calls/s"

    sdk = rate(times["sdk"], calls)
    figure = f"async rate ({calls} calls of 20 projects, {conc} in flight)"
    rows = []
    if "peer" in times:
        peer_note = f"the peer calls its typed `{peer_seen['path']}` (aiohttp, pydantic WantWorker)"
        if "error" in peer_seen:
            peer_note = (
                f"the peer's typed `get_projects()` rejects the emulator's data ({peer_seen['error']}), "
                f"so it runs its raw `{peer_seen['path']}`: less work than the SDK's typed models"
            )
        rows.append(
            _compare(
                f"{figure}: AsyncKworkClient vs kwork 0.2.0",
                times["sdk"],
                times["peer"],
                sdk,
                f"kwork {rate(times['peer'], calls)}",
                1.0,
                higher_is_better=True,
                label="async rate: SDK / kwork",
                note=f"{peer_note}; {cpu_note}",
            )
        )
    else:
        rows.append(_missing(f"{figure}: AsyncKworkClient vs kwork 0.2.0", ">= 1x", peer_why))
    rows.append(
        _compare(
            f"{figure}: AsyncKworkClient vs raw httpx.AsyncClient",
            times["sdk"],
            times["httpx"],
            sdk,
            f"httpx {rate(times['httpx'], calls)}",
            None,
            higher_is_better=True,
            label="async rate: SDK / httpx",
            note=f"information: raw httpx with its default pool, .json() only (no models); {cpu_note}",
        )
    )
    rows.append(
        _compare(
            f"sync rate ({sizes.sync_calls} sequential calls): KworkClient vs raw httpx.Client",
            sync_times["sdk"],
            sync_times["httpx"],
            rate(sync_times["sdk"], sizes.sync_calls),
            f"httpx {rate(sync_times['httpx'], sizes.sync_calls)}",
            None,
            higher_is_better=True,
            label="sync rate: SDK / httpx",
            note="information: one connection, sequential; raw httpx does .json() only; client CPU per call "
            f"(median): SDK {cpu('sdk-sync', sizes.sync_calls)}, httpx {cpu('httpx-sync', sizes.sync_calls)}",
        )
    )
    return rows


# -- (5) memory -------------------------------------------------------------------------------------
#: Flat means: growth after the first page stays under this (at 100,000 projects, < 42 bytes each).
FLAT_KIB = 4 * 1024


def figure_memory(sizes: Sizes, log: Log) -> list[Row]:
    n = sizes.memory_projects
    log(f"(5) memory: iter_list() over {n:,} projects in a child process ...")
    with emulator(n) as url:
        argv = [sys.executable, str(BENCH / "sdk_worker.py"), "memory", "--url", url, "--expect", str(n)]
        out = run_json(argv, timeout=1200)
    figure = f"iter_list() peak RSS over {n:,} projects"
    if out["count"] != n:
        return [_missing(figure, "flat", f"iterated {out['count']} projects, expected {n}")]
    marks = {int(k): v for k, v in out["maxrss_kib"].items()}
    first, final = marks[1], out["final_kib"]
    growth = final - first
    trail = ", ".join(f"{k:,}: {v / 1024:.1f}" for k, v in sorted(marks.items()))
    return [
        Row(
            figure,
            f"{final / 1024:.1f} MiB at the end",
            f"{first / 1024:.1f} MiB after page 1",
            final / first,
            None,
            None,
            f"flat (+<= {FLAT_KIB // 1024} MiB)",
            growth <= FLAT_KIB,
            f"peak RSS in MiB after N projects: {trail}; growth {growth / 1024:+.1f} MiB; "
            f"{out['seconds']:.1f} s ({n / out['seconds']:,.0f} projects/s, one connection)",
            label="iter_list RSS: end / page 1",
        )
    ]


# -- (6) make generate --------------------------------------------------------------------------------
def figure_generate(sizes: Sizes, log: Log) -> list[Row]:
    log("(6) make generate: generator/generate.py --check ...")
    times: list[int] = []
    codes: set[int] = set()
    for _ in range(sizes.generate_rounds):
        start = time.perf_counter_ns()
        done = subprocess.run(
            [sys.executable, "generator/generate.py", "--check"],
            capture_output=True,
            env=child_env(),
            cwd=ROOT,
            timeout=600,
            check=False,
        )
        times.append(time.perf_counter_ns() - start)
        codes.add(done.returncode)
    seconds = median(times) / 1e9
    low, high = (t / 1e9 for t in spread(times))
    note = f"wall time of {sizes.generate_rounds} run(s), {low:.2f}-{high:.2f} s"
    if codes != {0}:
        note += f"; --check exited {sorted(codes)} (generated code differs from the spec: time still valid)"
    return [
        Row(
            "make generate (generator/generate.py --check)",
            f"{seconds:.2f} s",
            "-",
            None,
            None,
            None,
            "<= 15 s",
            seconds <= 15,
            note,
        )
    ]


# -- diagnosis ------------------------------------------------------------------------------------------
def profile(name: str, sizes: Sizes) -> str:
    """Where the SDK side of one figure spends its time: cProfile by own time, or -X importtime."""
    if name == "import":
        argv = [sys.executable, "-X", "importtime", "-c", "import kwork_api"]
        done = subprocess.run(
            argv, capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=60, check=True
        )
        lines = [line for line in done.stderr.splitlines() if "|" in line and "cumulative" not in line]
        lines.sort(key=lambda line: -int(line.split("|")[1]))
        return "import time (us): self | cumulative | module\n" + "\n".join(lines[:40])
    prof = cProfile.Profile()
    if name == "parse":
        body = projects_body(sizes.parse_items)
        prof.runcall(lambda: [_envelope.read(PROJECTS, 200, body, {}) for _ in range(20)])
    elif name == "per-call":
        with httpx.Client(transport=Canned(actor_body())) as http:
            client = KworkClient(token="x", base_url=CANNED_URL, http_client=http)
            prof.runcall(lambda: [client.user.get_me() for _ in range(2000)])
    elif name == "throughput":
        import sdk_worker  # noqa: PLC0415  (its round, run in this process to be profiled)

        with emulator(1000 * 20) as url:
            token = _sign_in(url)
            coro = sdk_worker.async_round(
                "sdk-async", url, token, sizes.calls, sizes.concurrency, sizes.call_warmup
            )
            prof.runcall(asyncio.run, coro)
    else:
        return f"no profile for {name!r}: choose import, parse, per-call or throughput"
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(30)
    return out.getvalue()
