"""Misuse and odd situations a new user runs into: each gets a clear KworkError or just works."""

from __future__ import annotations

import asyncio
import gzip
import importlib.resources
import logging
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from kwork_api import (
    AsyncKworkClient,
    KworkApiError,
    KworkAuthError,
    KworkBlockedError,
    KworkClient,
    KworkError,
    KworkModel,
    KworkNotFoundError,
    KworkTimeoutError,
    KworkValidationError,
    Project,
    RetryPolicy,
)
from kwork_api.testing import DEMO_LOGIN, DEMO_PASSWORD, Emulator, serve_in_thread

FAST = RetryPolicy(base_delay=0.001, max_delay=0.002)


def test_the_package_is_marked_typed_for_type_checkers() -> None:
    assert importlib.resources.files("kwork_api").joinpath("py.typed").is_file()


def test_own_pool_threads_hitting_an_expired_token_share_one_sign_in() -> None:
    emu = Emulator()
    with (
        serve_in_thread(emu) as server,
        KworkClient(login=DEMO_LOGIN, password=DEMO_PASSWORD, base_url=server.url) as client,
    ):
        client.user.get_me()
        emu.expire_tokens()
        barrier = threading.Barrier(12)

        def call() -> None:
            barrier.wait()
            client.user.get_me()

        threads = [threading.Thread(target=call) for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert emu.sign_ins == 2


async def test_own_pool_tasks_hitting_an_expired_token_share_one_sign_in() -> None:
    emu = Emulator()
    with serve_in_thread(emu) as server:
        async with AsyncKworkClient(login=DEMO_LOGIN, password=DEMO_PASSWORD, base_url=server.url) as client:
            await client.user.get_me()
            emu.expire_tokens()
            await asyncio.gather(*(client.user.get_me() for _ in range(16)))
    assert emu.sign_ins == 2


def test_the_async_client_works_across_event_loops() -> None:
    emu = Emulator()
    with serve_in_thread(emu) as server:
        client = AsyncKworkClient(login=DEMO_LOGIN, password=DEMO_PASSWORD, base_url=server.url)

        async def me() -> int:
            return (await client.user.get_me()).id

        assert asyncio.run(me()) == asyncio.run(me()) == 1000  # one notebook cell after another
        asyncio.run(client.close())


async def test_closed_clients_refuse_calls_with_a_clear_error() -> None:
    emu = Emulator()
    with emu.client() as client:
        pass
    with pytest.raises(KworkError, match="client is closed"):
        client.user.get_me()
    async with emu.async_client() as aclient:
        pass
    with pytest.raises(KworkError, match="client is closed"):
        await aclient.user.get_me()
    assert emu.requests == 0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": "5"}, "timeout must be"),
        ({"timeout": -1}, "timeout must be"),
        ({"timeout": 0}, "timeout"),
        ({"max_retries": "3"}, "max_retries"),
        ({"max_retries": None}, "max_retries"),
        ({"max_retry_after": -1}, "max_retry_after"),
        ({"app_auth": ("a",)}, "app_auth"),
        ({"http_client": object()}, "http_client must be"),
        ({"session_file": 5}, "session_file"),
        ({"login": "demo", "password": ""}, "non-empty"),
        ({"token": ""}, "token"),
        ({"base_url": "api.kwork.ru"}, "base_url"),
        ({"retry_policy": 3}, "retry_policy"),
    ],
)
def test_bad_client_options_are_refused_at_construction(options: dict[str, Any], message: str) -> None:
    with pytest.raises(KworkValidationError, match=message):
        KworkClient(**options)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": "5"}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": "2"}, "max_retries"),
    ],
)
def test_bad_per_call_options_are_refused(kwargs: dict[str, Any], message: str) -> None:
    with Emulator().client() as client, pytest.raises(KworkValidationError, match=message):
        client.user.get_me(**kwargs)


def test_wrong_argument_types_are_refused_before_sending(
    kwork_client: KworkClient, kwork_emulator: Emulator
) -> None:
    with pytest.raises(KworkValidationError, match="`user_id` must be an integer, got bool"):
        kwork_client.dialogs.send_message(True, "x")
    with pytest.raises(KworkValidationError, match="`price_from` must be an integer"):
        kwork_client.projects.get_list(price_from=99.9)  # type: ignore[arg-type]
    with pytest.raises(KworkValidationError, match="`categories` must be a list"):
        kwork_client.projects.get_list(categories={"a": 1})  # type: ignore[arg-type]
    with pytest.raises(KworkValidationError, match="far too long"):
        kwork_client.catalog.search("x" * 200_000)
    assert kwork_emulator.requests == 0


def test_an_undecodable_compressed_answer_is_an_api_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:  # decoded only when the client reads it
        return httpx.Response(
            200, stream=httpx.ByteStream(b"not gzip at all"), headers={"content-encoding": "gzip"}
        )

    with (
        KworkClient(
            token="t", retry_policy=FAST, http_client=httpx.Client(transport=httpx.MockTransport(answer))
        ) as client,
        pytest.raises(KworkApiError, match="could not be decoded"),
    ):
        client.user.get_me()
    good = httpx.Response(
        200,
        content=gzip.compress(b'{"success": true, "response": {"id": 3}}'),
        headers={"content-encoding": "gzip"},
    )
    with KworkClient(
        token="t", http_client=httpx.Client(transport=httpx.MockTransport(lambda r: good))
    ) as client:
        assert client.user.get_me().id == 3


def test_a_broken_or_unwritable_session_file_never_breaks_the_client(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    emu = Emulator()
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text("{not json")
    with emu.client(login=DEMO_LOGIN, password=DEMO_PASSWORD, session_file=corrupt) as client:
        assert client.user.get_me().id == 1000
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with emu.client(login=DEMO_LOGIN, password=DEMO_PASSWORD, session_file=blocker / "s.json") as client:
        assert client.user.get_me().id == 1000  # signed in; saving failed; the token stays in memory
        assert client.token is not None
    assert "ignoring the saved session" in caplog.text and "could not save the session" in caplog.text
    with emu.client(token=emu.issue_token()) as client, pytest.raises(KworkError, match="is a directory"):
        client.save_session(tmp_path)


def test_login_with_a_saved_session_does_not_sign_in_again(tmp_path: Path) -> None:
    emu = Emulator()
    path = tmp_path / "session.json"
    http = httpx.Client(transport=__import__("kwork_api.testing", fromlist=["x"]).EmulatorTransport(emu))
    for _ in range(3):
        with KworkClient.login(
            DEMO_LOGIN, DEMO_PASSWORD, session_file=path, base_url="http://e.test/", http_client=http
        ) as client:
            assert client.user.get_me().id == 1000
    assert emu.sign_ins == 1


def test_iteration_can_resume_from_a_page_after_a_failure(
    kwork_client: KworkClient, kwork_emulator: Emulator
) -> None:
    every = [p.id for p in kwork_client.projects.iter_list()]
    kwork_emulator.inject("http_503", methods={"projects"}, times=3)  # page 1, then both retries
    it = kwork_client.projects.iter_list()
    with pytest.raises(KworkApiError):
        next(it)
    resumed = [p.id for p in kwork_client.projects.iter_list(page=1)]
    assert resumed == every
    assert [p.id for p in kwork_client.projects.iter_list(page=3)] == every[40:]


def test_in_process_emulator_honours_read_timeouts(kwork_emulator: Emulator) -> None:
    kwork_emulator.inject("latency", delay=1.0)
    with kwork_emulator.client(max_retries=0) as client, pytest.raises(KworkTimeoutError):
        client.user.get_me(timeout=0.05)


def test_emulator_handler_crash_is_a_server_error_not_a_raw_exception(kwork_client: KworkClient) -> None:
    with pytest.raises(KworkApiError) as info:
        kwork_client.projects.get_list(page=10**30, max_retries=0)
    assert info.value.status_code == 500


def test_emulator_refuses_fault_rules_for_unknown_methods(kwork_emulator: Emulator) -> None:
    with pytest.raises(ValueError, match="use wire names such as 'actor'"):
        kwork_emulator.inject("http_500", methods={"get_me"})


def test_downloads_return_uploaded_bytes_and_unknown_paths_are_not_found(kwork_client: KworkClient) -> None:
    uploaded = kwork_client.files.upload(("notes.txt", "Заметки 📝".encode()))
    assert uploaded.path is not None
    assert kwork_client.files.download(uploaded.path) == "Заметки 📝".encode()
    with pytest.raises(KworkNotFoundError):
        kwork_client.files.download("files/nope/missing.txt")


def test_models_hash_alike_when_equal_and_the_base_class_says_what_to_do() -> None:
    a = Project.from_dict({"id": 1, "achievements_list": [{"id": 2}]})
    b = Project.from_dict({"id": 1, "achievements_list": [{"id": 2}]})
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    with pytest.raises(TypeError, match="base class"):
        KworkModel.from_dict({})


def test_firewall_block_is_not_an_auth_error() -> None:
    assert not issubclass(KworkBlockedError, KworkAuthError)
    assert issubclass(KworkBlockedError, KworkApiError)


def test_rate_limit_message_says_how_long_to_wait() -> None:
    answer = httpx.Response(
        429, json={"success": False, "error": "Подождите"}, headers={"retry-after": "120"}
    )
    with (
        KworkClient(
            token="t", http_client=httpx.Client(transport=httpx.MockTransport(lambda r: answer))
        ) as c,
        pytest.raises(KworkApiError, match="retry after 120 s"),
    ):
        c.user.get_me()


def test_emulator_logs_are_quiet_on_success(
    caplog: pytest.LogCaptureFixture, kwork_client: KworkClient
) -> None:
    caplog.set_level(logging.WARNING)
    kwork_client.user.get_me()
    assert caplog.records == []
