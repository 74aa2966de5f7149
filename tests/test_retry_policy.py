"""The retry decision (pure): what is retried, when, and what never is."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import httpx
import pytest

from kwork_api import (
    KworkApiError,
    KworkAuthError,
    KworkBlockedError,
    KworkNetworkError,
    KworkRateLimitError,
    KworkTimeoutError,
    KworkValidationError,
)
from kwork_api._errors import network_error
from kwork_api._generated.api.dialogs.inbox_create import OPERATION as SEND
from kwork_api._generated.api.user.actor import OPERATION as READ
from kwork_api._retry import RetryPolicy, backoff, next_delay, parse_retry_after

POLICY = RetryPolicy()


def delay(op: Any, error: Any, attempt: int = 0, **kwargs: Any) -> float | None:
    return next_delay(POLICY, op, attempt, error, rand=0.0, **kwargs)


def timeout(kind: str) -> KworkNetworkError:
    cls = {"connect": httpx.ConnectTimeout, "read": httpx.ReadTimeout, "pool": httpx.PoolTimeout}[kind]
    return network_error("m", cls("timed out"))


def test_backoff_is_exponential_from_half_a_second_capped_at_eight_with_jitter() -> None:
    assert [backoff(POLICY, n, 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff(POLICY, 0, 1.0) == 0.375


def test_reads_retry_timeouts_5xx_429_and_connect_errors() -> None:
    assert delay(READ, timeout("read")) == 0.5
    assert delay(READ, KworkApiError("x", status_code=503, transient=True)) == 0.5
    assert delay(READ, KworkRateLimitError("x", status_code=429)) == 0.5
    assert delay(READ, network_error("m", httpx.ConnectError("refused"))) == 0.5


def test_writes_are_never_resent_once_the_request_may_have_arrived() -> None:
    assert delay(SEND, timeout("read")) is None
    assert delay(SEND, network_error("m", httpx.RemoteProtocolError("closed"))) is None
    assert delay(SEND, KworkApiError("x", status_code=503, transient=True)) is None
    assert delay(SEND, KworkRateLimitError("x", status_code=429, retry_after=1)) is None


def test_writes_are_retried_when_the_request_surely_never_left() -> None:
    assert delay(SEND, network_error("m", httpx.ConnectError("refused"))) == 0.5
    assert delay(SEND, timeout("connect")) == 0.5
    assert delay(SEND, timeout("pool")) == 0.5


def test_never_retried_whatever_the_method() -> None:
    for error in (
        KworkBlockedError("blocked", status_code=403),
        KworkAuthError("bad", status_code=401),
        KworkValidationError("bad", status_code=200, error_code=100),
        KworkApiError("business error", status_code=200, error_code=130),
    ):
        assert delay(READ, error) is None


def test_retry_budget_is_max_retries_per_client_or_per_call() -> None:
    error = timeout("read")
    assert delay(READ, error, attempt=1) == 1.0
    assert delay(READ, error, attempt=2) is None
    assert delay(READ, error, attempt=4, max_retries=5) == 8.0
    assert delay(READ, error, attempt=0, max_retries=0) is None


def test_garbled_2xx_answer_earns_exactly_one_more_try() -> None:
    garbled = KworkApiError("empty answer", status_code=200, transient=True)
    assert delay(READ, garbled, attempt=0) == 0.5
    assert delay(READ, garbled, attempt=1) is None


def test_retry_after_is_honoured_up_to_the_cap_then_raised() -> None:
    assert delay(READ, KworkRateLimitError("x", retry_after=3.0)) == 3.0
    assert delay(READ, KworkRateLimitError("x", retry_after=120.0)) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("5", 5.0), ("0.5", 0.5), ("-3", 0.0), ("", None), ("soon", None), (None, None), ("nan", None)],
)
def test_retry_after_seconds_parsing(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_retry_after_as_http_date_two_minutes_ahead() -> None:
    now = time.time()
    header = email.utils.formatdate(now + 120, usegmt=True)
    seconds = parse_retry_after(header, now=now)
    assert seconds is not None and 119 <= seconds <= 121


def test_timeout_errors_name_the_method_and_the_kind_and_say_if_outcome_is_unknown() -> None:
    error = network_error("inboxCreate", httpx.ReadTimeout(""))
    assert isinstance(error, KworkTimeoutError)
    assert error.kind == "read" and error.request_sent
    assert str(error).startswith("inboxCreate: read timeout")
    assert "outcome is unknown" in str(error)
    connect = network_error("actor", httpx.ConnectTimeout(""))
    assert isinstance(connect, KworkTimeoutError)
    assert connect.kind == "connect" and not connect.request_sent
    assert "not sent" in str(connect)


def test_aiohttp_disconnect_seen_through_httpx_aiohttp_is_not_mistaken_for_a_connect_timeout() -> None:
    aiohttp = pytest.importorskip("aiohttp")
    mapped = httpx.ConnectTimeout("Server disconnected")  # what httpx-aiohttp raises
    mapped.__cause__ = aiohttp.ServerDisconnectedError()
    error = network_error("inboxCreate", mapped)
    assert error.request_sent
    assert delay(SEND, error) is None
    refused = httpx.ConnectError("refused")
    refused.__cause__ = aiohttp.ClientConnectorError(None, OSError(111, "refused"))
    assert not network_error("inboxCreate", refused).request_sent
