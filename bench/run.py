"""`make bench`: the SDK's performance figures, each against its baseline in the same run.

    .venv/bin/python bench/run.py                 # everything; writes docs/benchmarks.{md,png}
    .venv/bin/python bench/run.py --quick --out D # tiny sizes, no peer: the smoke test
    .venv/bin/python bench/run.py --only parse,per-call

One script so the numbers in docs/benchmarks.md can always be made again the same way.
Timings are reported, never asserted: a missed target shows as "NO" in the table and the
script still exits 0. The peer, kwork 0.2.0, lives in its own venv (bench/.venv-peer, made
on first run) and is driven in subprocesses; it only ever talks to the loopback emulator.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import figures
import procs
import report
from figures import Sizes
from report import Row

FIGURES = ("import", "parse", "per-call", "throughput", "memory", "generate")

METHOD = [
    "Every comparison is made in the same run: variant and baseline alternate round by round (A, B, A, B, "
    "...) after warm-up rounds, each round timed with `time.perf_counter_ns` with the GC collected before "
    "and disabled during it. The ratio is the median of the per-round ratios; the spread is their min-max.",
    "Import: a fresh interpreter per round times only the `import` statement (start-up excluded), with "
    "bytecode cached for every module alike (PYTHONPYCACHEPREFIX under bench/out, as after a pip install; "
    "PYTHONDONTWRITEBYTECODE would otherwise recompile the editable kwork_api on every import); "
    "`import kwork` runs in the bench venv with the same CPython.",
    "Parse: `kwork_api._envelope.read(projects.OPERATION, 200, body, {})`, the path every call takes, on a "
    "`projects` answer of emulator projects (Russian text, nested achievements) plus paging; the baseline "
    "is `json.loads` of the same body already decoded to `str`.",
    "Per call: `client.user.get_me()` through an in-process httpx transport returning the emulator's canned "
    "`actor` answer, against `httpx.Client.post(url, params={'token': ...}).json()` on the same transport "
    "(async: the same with the async clients on one event loop).",
    "Throughput: the emulator runs as a separate process on 127.0.0.1 "
    "(`python -m kwork_api.testing serve --port 0`); each round is a fresh client process that warms up "
    "and then makes the calls, pages cycling so that each answer holds 20 projects. AsyncKworkClient uses "
    "its default transport, raw httpx its default pool, the peer its aiohttp session.",
    "Memory: a child process iterates `client.projects.iter_list()` over every project of an emulator "
    "process and reads `ru_maxrss` after the first page and at checkpoints.",
    "make generate: wall time of `generator/generate.py --check`, which regenerates into a temp dir.",
    "This is a 2-core VM shared with the emulator process during the loopback figures: absolute numbers "
    "move from run to run, the interleaved ratios much less.",
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes, no peer: for the smoke test")
    parser.add_argument(
        "--out",
        type=Path,
        help="where benchmarks.md/.png go (default docs/, or bench/out "
        "with --quick so quick numbers never land in docs)",
    )
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(FIGURES)}")
    parser.add_argument("--no-peer", action="store_true", help="skip the peer and its venv")
    parser.add_argument(
        "--profile",
        metavar="FIGURE",
        help="print where the SDK's time goes in one figure (import, parse, per-call, "
        "throughput) instead of the table",
    )
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else set(FIGURES)
    if only - set(FIGURES):
        parser.error(f"unknown figure(s): {', '.join(sorted(only - set(FIGURES)))}")
    out = args.out or (procs.BENCH / "out" if args.quick else procs.ROOT / "docs")
    out.mkdir(parents=True, exist_ok=True)
    sizes = Sizes.quick() if args.quick else Sizes()
    if args.profile:
        print(figures.profile(args.profile, sizes))
        return 0

    started = time.monotonic()
    peer: Path | None = None
    if args.quick or args.no_peer:
        peer_why = "skipped (--quick)" if args.quick else "skipped (--no-peer)"
    else:
        peer, peer_why = procs.ensure_peer_venv(log)
        peer_why = peer_why or "the peer venv is unusable"

    steps: dict[str, Callable[[], list[Row]]] = {
        "import": lambda: figures.figure_import(sizes, peer, peer_why, log),
        "parse": lambda: figures.figure_parse(sizes, peer, peer_why, log),
        "per-call": lambda: figures.figure_per_call(sizes, log),
        "throughput": lambda: figures.figure_throughput(sizes, peer, peer_why, log),
        "memory": lambda: figures.figure_memory(sizes, log),
        "generate": lambda: figures.figure_generate(sizes, log),
    }
    rows: list[Row] = []
    for name in FIGURES:
        if name in only:
            try:
                rows += steps[name]()
            except Exception as exc:  # one broken figure must not hide the others
                rows.append(Row(f"{name}: failed", "not measured", "-", note=f"{type(exc).__name__}: {exc}"))

    chart_name = "benchmarks.png"
    chart_why = "skipped (--quick)" if args.quick else "no matplotlib: the bench venv is unusable"
    if peer is not None and not args.quick:
        chart_why = report.write_chart(peer, rows, out / chart_name) or ""
    print(report.text_table(rows))
    if chart_why:
        print(f"chart: not drawn ({chart_why})")
    info = report.machine_info(procs.peer_versions(peer) if peer is not None else {})
    info.append(("sizes", "--quick (smoke test sizes, not figures to quote)" if args.quick else "full"))
    report.write_markdown(
        out / "benchmarks.md", rows, info, METHOD, None if chart_why else chart_name, report.command_line()
    )
    print(
        f"wrote {out / 'benchmarks.md'}"
        + ("" if chart_why else f" and {out / chart_name}")
        + f" in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
