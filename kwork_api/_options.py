"""Checks of client and per-call options: a wrong value fails at once with a clear message,
never later as a TypeError from deep inside the transport."""

from __future__ import annotations

import math
import os
from typing import Any

import httpx

from ._errors import KworkValidationError
from ._types import NotGiven, Timeout


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def check_timeout(value: Timeout | NotGiven, where: str = "timeout") -> Timeout | NotGiven:
    """Seconds (> 0), an httpx.Timeout, None for no limit, or NOT_GIVEN for the default."""
    if value is None or isinstance(value, NotGiven):
        return value
    if isinstance(value, httpx.Timeout):
        parts = value.as_dict().values()
        if all(p is None or (_number(p) and p > 0) for p in parts):
            return value
    elif _number(value) and value > 0:
        return value
    raise KworkValidationError(
        f"{where} must be a positive number of seconds, an httpx.Timeout or None; got {value!r}", field=where
    )


def check_retries(value: int | NotGiven, where: str = "max_retries") -> int | NotGiven:
    if isinstance(value, NotGiven) or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return value
    raise KworkValidationError(f"{where} must be a whole number, 0 or more; got {value!r}", field=where)


def check_seconds(value: float, where: str) -> float:
    if _number(value) and value >= 0:
        return float(value)
    raise KworkValidationError(f"{where} must be a number of seconds, 0 or more; got {value!r}", field=where)


def check_app_auth(value: Any) -> tuple[str, str]:
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) and v for v in value):
        return value
    raise KworkValidationError(
        "app_auth must be a (user, password) tuple of two non-empty strings", field="app_auth"
    )


def check_path(value: Any, where: str) -> str | os.PathLike[str]:
    if isinstance(value, str | os.PathLike) and str(value):
        return value
    raise KworkValidationError(f"{where} must be a file path; got {type(value).__name__}", field=where)


def check_http_client(value: Any, expected: type[Any], hint: str) -> None:
    if value is not None and not isinstance(value, expected):
        raise KworkValidationError(
            f"http_client must be an {hint}; got {type(value).__name__}", field="http_client"
        )
