"""Hostile answers, each with the exact small input, through both clients: a typed KworkError
or the natural value, never a crash, a needless retry or a needless sign-in."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kwork_api import (
    AsyncKworkClient,
    KworkApiError,
    KworkBlockedError,
    KworkCaptchaRequired,
    KworkClient,
    KworkNetworkError,
    KworkRateLimitError,
    KworkTimeoutError,
    KworkValidationError,
    RetryPolicy,
)
from kwork_api.testing import DEMO_LOGIN, DEMO_PASSWORD, Emulator, serve_in_thread

BASE = "http://kwork.test/"
FAST = RetryPolicy(base_delay=0.001, max_delay=0.002)
Answer = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A transport that answers from a script and counts calls per method."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.calls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url.path.lstrip("/"))
        return self.answer(request)

    def count(self, method: str) -> int:
        return self.calls.count(method)


def clients(answer: Answer, **kwargs: Any) -> tuple[Recorder, KworkClient, AsyncKworkClient]:
    recorder = Recorder(answer)
    kwargs.setdefault("retry_policy", FAST)
    kwargs.setdefault("token", "t")
    sync = KworkClient(
        base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs
    )
    aio = AsyncKworkClient(
        base_url=BASE, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), **kwargs
    )
    return recorder, sync, aio


def json_answer(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Answer:
    return lambda request: httpx.Response(status, json=body, headers=headers)


def raw_answer(content: bytes, status: int = 200, content_type: str = "text/html") -> Answer:
    return lambda request: httpx.Response(status, content=content, headers={"content-type": content_type})


async def both(
    recorder: Recorder, sync: KworkClient, aio: AsyncKworkClient, call: Callable[[Any], Any]
) -> tuple[Any, Any]:
    """Run the same call through both clients; return (sync outcome, async outcome)."""
    outcomes: list[Any] = []
    for client in (sync, aio):
        try:
            result = call(client)
            if hasattr(result, "__await__"):
                result = await result
            outcomes.append(result)
        except Exception as exc:
            outcomes.append(exc)
    sync.close()
    await aio.close()
    return outcomes[0], outcomes[1]


async def test_captcha_code_sent_as_a_string_is_a_captcha_error() -> None:
    recorder, sync, aio = clients(
        json_answer({"success": False, "error": "Нужна капча", "error_code": "118"}),
        token=None,
        login=DEMO_LOGIN,
        password=DEMO_PASSWORD,
    )
    a, b = await both(recorder, sync, aio, lambda c: c.user.get_me())
    assert isinstance(a, KworkCaptchaRequired) and isinstance(b, KworkCaptchaRequired)
    assert a.error_code == b.error_code == 118
    assert recorder.count("signIn") == 2 and recorder.count("actor") == 0  # no loop, no retry


@pytest.mark.parametrize("content", [b"<html><body>Access denied</body></html>", b""])
async def test_firewall_403_is_blocked_error_without_retry_or_re_sign_in(content: bytes) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/signIn":
            return httpx.Response(200, json={"success": True, "response": {"token": "t2", "expired": 60}})
        return httpx.Response(403, content=content, headers={"content-type": "text/html"})

    recorder, sync, aio = clients(answer, login=DEMO_LOGIN, password=DEMO_PASSWORD)
    a, b = await both(recorder, sync, aio, lambda c: c.user.get_me())
    for error in (a, b):
        assert isinstance(error, KworkBlockedError)
        assert error.status_code == 403
        assert ("Access denied" in str(error)) if content else ("empty body" in str(error))
    assert recorder.count("actor") == 2 and recorder.count("signIn") == 0


@pytest.mark.parametrize(
    ("content", "ctype"), [(b"", "application/json"), (b"<html>Works</html>", "text/html")]
)
async def test_garbled_200_is_api_error_naming_the_method_and_reads_retry_once(
    content: bytes, ctype: str
) -> None:
    recorder, sync, aio = clients(raw_answer(content, 200, ctype))
    a, b = await both(recorder, sync, aio, lambda c: c.user.get_me())
    for error in (a, b):
        assert type(error) is KworkApiError
        assert error.method == "actor" and "actor" in str(error)
    assert recorder.count("actor") == 4  # each client: the call and one retry


async def test_garbled_200_on_a_write_is_not_retried() -> None:
    recorder, sync, aio = clients(raw_answer(b"", 200, "application/json"))
    a, b = await both(recorder, sync, aio, lambda c: c.dialogs.send_message(1, "x"))
    assert isinstance(a, KworkApiError) and isinstance(b, KworkApiError)
    assert recorder.count("inboxCreate") == 2


async def test_success_without_response_on_a_list_method_is_an_empty_list() -> None:
    recorder, sync, aio = clients(json_answer({"success": True}))
    a, b = await both(recorder, sync, aio, lambda c: c.catalog.get_categories())
    assert a == b == []


async def test_empty_array_where_an_object_is_declared_reads_as_none() -> None:
    body = {"success": True, "response": {"id": 5, "username": "x", "note": []}}
    recorder, sync, aio = clients(json_answer(body))
    a, b = await both(recorder, sync, aio, lambda c: c.user.get_user(5))
    assert a == b
    assert a.note is None


async def test_php_scalars_are_converted_as_declared() -> None:
    body = {
        "success": True,
        "response": [
            {"id": "3000000", "price": "500", "user_hired_percent": "0", "is_viewed": 1, "offers": "12"}
        ],
        "paging": {"page": "1", "pages": "1", "total": "1", "limit": "20"},
    }
    recorder, sync, aio = clients(json_answer(body))
    a, b = await both(recorder, sync, aio, lambda c: c.projects.get_list())
    assert a == b
    project = (a.projects or [])[0]
    assert (project.id, project.price, project.budget, project.is_viewed, project.bids_count) == (
        3000000,
        500.0,
        500.0,
        True,
        12,
    )
    unread = {"success": True, "response": {"id": 1, "unread_messages_count": "0", "rating": "4.8"}}
    recorder, sync, aio = clients(json_answer(unread))
    c, _ = await both(recorder, sync, aio, lambda cl: cl.user.get_me())
    assert c.unread_messages_count == 0 and c.rating == 4.8


async def test_unparseable_value_is_a_validation_error_naming_the_field() -> None:
    body = {"success": True, "response": {"id": 1, "rating": "excellent"}}
    recorder, sync, aio = clients(json_answer(body))
    a, b = await both(recorder, sync, aio, lambda c: c.user.get_me())
    for error in (a, b):
        assert isinstance(error, KworkValidationError)
        assert error.field == "KworkUser.rating"
    assert recorder.count("actor") == 2  # not retried: a retry would not change the answer


def http_date(seconds_ahead: float) -> str:
    return email.utils.formatdate(time.time() + seconds_ahead, usegmt=True)


async def test_retry_after_as_http_date_beyond_the_cap_raises_with_retry_after() -> None:
    recorder, sync, aio = clients(
        json_answer({"success": False, "error": "Подождите"}, 429, {"retry-after": http_date(120)})
    )
    a, b = await both(recorder, sync, aio, lambda c: c.user.get_me())
    for error in (a, b):
        assert isinstance(error, KworkRateLimitError)
        assert error.retry_after is not None and 110 < error.retry_after <= 120
    assert recorder.count("actor") == 2


def test_retry_after_within_the_cap_is_waited_out(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("kwork_api._client.time.sleep", slept.append)
    answers = iter(
        [
            httpx.Response(429, json={"success": False}, headers={"retry-after": http_date(120)}),
            httpx.Response(200, json={"success": True, "response": {"id": 1}}),
        ]
    )
    recorder = Recorder(lambda request: next(answers))
    with KworkClient(
        token="t",
        base_url=BASE,
        max_retry_after=300,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    ) as client:
        assert client.user.get_me().id == 1
    assert len(slept) == 1 and 110 < slept[0] <= 120


def test_read_timeout_on_send_message_is_not_retried_and_says_the_outcome_is_unknown() -> None:
    emu = Emulator()
    emu.inject("latency", methods={"inboxCreate"}, delay=0.5)
    with (
        serve_in_thread(emu) as server,
        KworkClient(
            token=emu.issue_token(),
            base_url=server.url,
            http_client=httpx.Client(timeout=httpx.Timeout(5, read=0.1)),
            retry_policy=FAST,
        ) as client,
    ):
        with pytest.raises(KworkTimeoutError) as info:
            client.dialogs.send_message(1100, "Один раз", message_key="k-1")
        assert info.value.kind == "read" and info.value.request_sent
        assert "outcome is unknown" in str(info.value)
        assert len(emu.applied("inboxCreate")) == 1
        # the caller retries safely with the same key: the server keeps one message
        sent = client.dialogs.send_message(1100, "Один раз", message_key="k-1")
        assert sum(m.text == "Один раз" for m in emu.dialogs[1100].messages) == 1
        assert sent.id == emu.message_keys["k-1"]


async def test_dropped_connection_on_a_read_is_retried_by_both_clients() -> None:
    emu = Emulator()
    emu.inject("drop_before", times=2)
    with serve_in_thread(emu) as server:
        with KworkClient(token=emu.issue_token(), base_url=server.url, retry_policy=FAST) as client:
            assert client.user.get_me().id == 1000
        async with AsyncKworkClient(
            token=emu.issue_token(), base_url=server.url, retry_policy=FAST
        ) as aclient:
            assert (await aclient.user.get_me()).id == 1000
    assert emu.faults.injected["drop_before"] == 2


async def test_answer_lost_after_a_write_is_never_resent_by_either_client() -> None:
    emu = Emulator()
    with serve_in_thread(emu) as server:
        emu.inject("drop_after", methods={"inboxCreate"})
        with (
            KworkClient(token=emu.issue_token(), base_url=server.url, retry_policy=FAST) as client,
            pytest.raises(Exception) as sync_error,
        ):
            client.dialogs.send_message(1100, "sync write")
        emu.inject("drop_after", methods={"inboxCreate"})
        async with AsyncKworkClient(
            token=emu.issue_token(), base_url=server.url, retry_policy=FAST
        ) as aclient:
            with pytest.raises(Exception) as async_error:
                await aclient.dialogs.send_message(1100, "async write")
    for info in (sync_error, async_error):
        assert getattr(info.value, "request_sent", None) is True, repr(info.value)
    texts = [m.text for m in emu.dialogs[1100].messages]
    assert texts.count("sync write") == 1 and texts.count("async write") == 1


async def test_connection_refused_is_a_network_error_that_never_left_and_is_retried() -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    policy = RetryPolicy(max_retries=2, base_delay=0.001, max_delay=0.002)
    with (
        KworkClient(token="t", base_url=url, retry_policy=policy) as client,
        pytest.raises(KworkNetworkError) as sync_error,
    ):
        client.dialogs.send_message(1, "x")
    async with AsyncKworkClient(token="t", base_url=url, retry_policy=policy) as aclient:
        with pytest.raises(KworkNetworkError) as async_error:
            await aclient.dialogs.send_message(1, "x")
    for info in (sync_error, async_error):
        assert info.value.request_sent is False  # so even this write was safe to retry
        assert "network error" in str(info.value)
