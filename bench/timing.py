"""Timing primitives shared by every figure (stdlib only: the peer's venv imports it too).

This machine is a noisy VM, so nothing is timed alone: a variant and its baseline run round
by round (A, B, A, B, ...), each round with the GC collected first and disabled during it,
and a figure is the median of the per-round ratios (the spread is their min..max). A slow
spell on the host then hits both sides of one ratio instead of one side of the comparison.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence

#: One timed round: runs the work once (or `inner` times) and returns the elapsed ns.
Round = Callable[[], int]


def timed(fn: Callable[[], object], inner: int = 1) -> Round:
    """Wrap `fn` into a round: GC collected before, disabled during, perf_counter_ns around."""

    def one_round() -> int:
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter_ns()
            for _ in range(inner):
                fn()
            return time.perf_counter_ns() - start
        finally:
            gc.enable()

    return one_round


def atimed(fn: Callable[[], Awaitable[object]], inner: int = 1) -> Callable[[], Awaitable[int]]:
    """`timed` for coroutines: the round awaits `fn()` `inner` times on the running loop."""

    async def one_round() -> int:
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter_ns()
            for _ in range(inner):
                await fn()
            return time.perf_counter_ns() - start
        finally:
            gc.enable()

    return one_round


async def ainterleave(
    variants: Mapping[str, Callable[[], Awaitable[int]]], rounds: int, warmup: int = 0
) -> dict[str, list[int]]:
    """`interleave` for async rounds."""
    for _ in range(warmup):
        for run in variants.values():
            await run()
    out: dict[str, list[int]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, run in variants.items():
            out[name].append(await run())
    return out


def interleave(variants: Mapping[str, Round], rounds: int, warmup: int = 0) -> dict[str, list[int]]:
    """Run every variant once per round, in order, `warmup` untimed rounds first.

    Returns the elapsed ns of each round, by variant name.
    """
    for _ in range(warmup):
        for run in variants.values():
            run()
    out: dict[str, list[int]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, run in variants.items():
            out[name].append(run())
    return out


def ratios(value: Sequence[float], base: Sequence[float], *, higher_is_better: bool = False) -> list[float]:
    """Per-round ratios of two interleaved series.

    For times (lower is better) value/base: 1.2 means 20% slower than the baseline. For
    rates computed from the times of equal work, base/value: 1.2 means 20% more per second.
    """
    if higher_is_better:
        return [b / v for v, b in zip(value, base, strict=True)]
    return [v / b for v, b in zip(value, base, strict=True)]


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def spread(values: Sequence[float]) -> tuple[float, float]:
    return float(min(values)), float(max(values))
