"""When to try a call again, and how long to wait: one decision for both clients.

Only the sleeping differs between the blocking and the async client; everything that
decides lives here and is tested without a network.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from dataclasses import dataclass
from typing import Any

from ._errors import KworkApiError, KworkBlockedError, KworkError, KworkNetworkError, KworkRateLimitError
from ._operation import Operation


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retry settings of a client. Writes are never resent once they may have reached the server."""

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    #: A longer Retry-After than this raises KworkRateLimitError instead of waiting.
    max_retry_after: float = 60.0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None if unusable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def backoff(policy: RetryPolicy, attempt: int, rand: float) -> float:
    """Exponential backoff with jitter: base * 2**attempt, capped, shortened by up to 25%."""
    delay = min(policy.max_delay, policy.base_delay * 2.0**attempt)
    return delay * (1.0 - 0.25 * rand)


def next_delay(
    policy: RetryPolicy,
    op: Operation[Any],
    attempt: int,
    error: KworkError,
    max_retries: int | None = None,
    rand: float | None = None,
) -> float | None:
    """Seconds to wait before attempt `attempt + 1`, or None to raise `error` now.

    `attempt` counts retries already made (0 on the first failure).
    """
    limit = policy.max_retries if max_retries is None else max_retries
    if attempt >= limit:
        return None
    jitter = random.random() if rand is None else rand
    if isinstance(error, KworkNetworkError):
        if error.request_sent and not op.replay_safe:
            return None  # the write may have been applied: never resend it
        return backoff(policy, attempt, jitter)
    if not op.replay_safe or isinstance(error, KworkBlockedError):
        return None
    if isinstance(error, KworkRateLimitError):
        wait = error.retry_after
        if wait is None:
            return backoff(policy, attempt, jitter)
        return wait if wait <= policy.max_retry_after else None
    if isinstance(error, KworkApiError) and error.transient:
        if error.status_code is not None and error.status_code < 500 and attempt > 0:
            return None  # a garbled 2xx answer earns one more try, not more
        return backoff(policy, attempt, jitter)
    return None
