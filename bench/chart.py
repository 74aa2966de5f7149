"""Bar chart of the benchmark ratios; runs in the bench venv, where matplotlib is.

matplotlib is a bench-only tool: it lives in bench/.venv-peer beside the peer package, never
in the SDK's own environment. Reads the rows as JSON on stdin, writes the PNG named in argv.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from typing import Any


def main(out: str) -> int:
    rows: list[dict[str, Any]] = json.load(sys.stdin)
    matplotlib = importlib.import_module("matplotlib")
    matplotlib.use("Agg")
    plt = importlib.import_module("matplotlib.pyplot")

    height = 1.4 + 0.42 * len(rows)
    fig, ax = plt.subplots(figsize=(10, height), dpi=110)
    names = [r["figure"] for r in rows]
    values = [r["ratio"] for r in rows]
    left = [r["ratio"] - r["low"] if r["low"] is not None else 0 for r in rows]
    right = [r["high"] - r["ratio"] if r["high"] is not None else 0 for r in rows]
    colours = ["#4c9a2a" if r["met"] is True else "#c0392b" if r["met"] is False else "#7f8c8d" for r in rows]
    y = list(range(len(rows)))
    ax.barh(y, values, xerr=[left, right], color=colours, capsize=3, height=0.6)
    for i, row in enumerate(rows):
        match = re.match(r"([<>]=)\s*([0-9.]+)x", row["target"])
        if match:
            x = float(match.group(2))
            ax.plot([x, x], [i - 0.4, i + 0.4], color="black", linewidth=2)
        arrow = "higher is better" if row["higher_is_better"] else "lower is better"
        end = max(row["ratio"], row["high"] or 0, float(match.group(2)) if match else 0)
        ax.text(end, i, f"  {row['ratio']:.2f}x ({arrow})", va="center", fontsize=8)
    ax.axvline(1.0, color="#555555", linewidth=0.8, linestyle=":")
    ax.set_yticks(y)
    ax.set_yticklabels(names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(
        "ratio to the baseline: median of interleaved rounds; whiskers min-max; black tick: target",
        fontsize=8,
    )
    ax.set_xlim(0, max(*values, *(r["high"] or 0 for r in rows)) * 1.45)
    ax.set_title("kwork-api benchmarks: green met, red missed, grey information only", fontsize=10)
    fig.tight_layout()
    fig.savefig(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
