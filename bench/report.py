"""Rows of the results table, and the three places they go: stdout, Markdown and a chart.

A row is a comparison made in one run: the SDK's value, its baseline's, the median of the
per-round ratios with their spread, and the issue's target. Targets are reported, never
asserted: a missed one is a finding, not a failure of the script.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path


@dataclass
class Row:
    figure: str
    sdk: str
    baseline: str
    ratio: float | None = None
    low: float | None = None
    high: float | None = None
    target: str = "-"
    #: True/False when the row has a target; None for information rows and missing numbers.
    met: bool | None = None
    #: Why a number is missing, or how it was adapted; printed under the table.
    note: str = ""
    #: For the chart: a rate (more is better) rather than a time.
    higher_is_better: bool = False
    #: For the chart: a short label (the figure's name is too long for an axis).
    label: str = ""

    @property
    def ratio_text(self) -> str:
        return "-" if self.ratio is None else f"{self.ratio:.2f}x"

    @property
    def spread_text(self) -> str:
        if self.low is None or self.high is None:
            return "-"
        return f"{self.low:.2f}-{self.high:.2f}x"

    @property
    def met_text(self) -> str:
        if self.met is None:
            return "n/a" if self.ratio is None and self.target != "-" else "info"
        return "yes" if self.met else "NO"


HEADERS = ("figure", "SDK", "baseline", "ratio", "spread", "target", "met?")


def cells(row: Row) -> tuple[str, ...]:
    return (row.figure, row.sdk, row.baseline, row.ratio_text, row.spread_text, row.target, row.met_text)


def text_table(rows: list[Row]) -> str:
    """A fixed-width table for the terminal, then the notes that explain missing numbers."""
    table = [HEADERS, *(cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADERS))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for i, row in enumerate(rows):
        if row.note:
            lines.append(f"[{i + 1}] {row.figure}: {row.note}")
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|")

    out = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    out += ["| " + " | ".join(esc(c) for c in cells(r)) + " |" for r in rows]
    return "\n".join(out)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_info(peer_versions: dict[str, str]) -> list[tuple[str, str]]:
    names = ("httpx", "aiohttp", "orjson", "attrs")
    packages = ", ".join(f"{n} {_version(n)}" for n in names)
    info = [
        ("date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        (
            "machine",
            f"{platform.system()} {platform.machine()}, {_cpu_model()}, {os.cpu_count()} cores, "
            f"{_memory()} RAM",
        ),
        ("python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("kwork-api", _version("kwork-api")),
        ("packages", packages),
    ]
    if peer_versions:
        info.append(("peer venv", ", ".join(f"{k} {v}" for k, v in peer_versions.items())))
    return info


def write_markdown(
    path: Path,
    rows: list[Row],
    info: list[tuple[str, str]],
    method: list[str],
    chart: str | None,
    command: str,
) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{command}` (bench/run.py); do not edit by hand, run `make bench` again.",
        "",
        *(f"- **{k}**: {v}" for k, v in info),
        "",
        markdown_table(rows),
        "",
    ]
    notes = [f"{i + 1}. **{r.figure}**: {r.note}" for i, r in enumerate(rows) if r.note]
    if notes:
        lines += ["Notes on the rows (by row number):", "", *notes, ""]
    if chart:
        lines += [f"![ratios against their baselines]({chart})", ""]
    lines += ["## How these numbers are made", "", *(f"- {m}" for m in method), ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_chart(python: Path, rows: list[Row], out: Path) -> str | None:
    """Draw the ratios with matplotlib in the bench venv; the reason when it could not."""
    data = [
        {
            "figure": r.label or r.figure,
            "ratio": r.ratio,
            "low": r.low,
            "high": r.high,
            "target": r.target,
            "met": r.met,
            "higher_is_better": r.higher_is_better,
        }
        for r in rows
        if r.ratio is not None
    ]
    if not data:
        return "no ratios to draw"
    script = Path(__file__).with_name("chart.py")
    done = subprocess.run(
        [str(python), str(script), str(out)],
        input=json.dumps(data),
        text=True,
        capture_output=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        return (done.stderr.strip().splitlines() or ["chart.py failed"])[-1]
    return None


def rows_json(rows: list[Row]) -> str:
    return json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1)


def command_line() -> str:
    return " ".join(["python", *(Path(a).as_posix() if i == 0 else a for i, a in enumerate(sys.argv))])
