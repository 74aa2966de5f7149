"""Both clients against the in-process emulator: results, auth lifecycle, state, lifecycle."""

from __future__ import annotations

import asyncio
import os
import stat
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from kwork_api import (
    AsyncKworkClient,
    KworkAuthError,
    KworkBlockedError,
    KworkCaptchaRequired,
    KworkClient,
    KworkPhoneConfirmationRequired,
    KworkValidationError,
)
from kwork_api.testing import DEMO_LOGIN, DEMO_PASSWORD, Emulator, EmulatorTransport

BASE = "http://kwork-emulator.test/"


def sync_client(emu: Emulator, **kwargs: Any) -> KworkClient:
    return KworkClient(base_url=BASE, http_client=httpx.Client(transport=EmulatorTransport(emu)), **kwargs)


def async_client(emu: Emulator, **kwargs: Any) -> AsyncKworkClient:
    return AsyncKworkClient(
        base_url=BASE, http_client=httpx.AsyncClient(transport=EmulatorTransport(emu)), **kwargs
    )


def scenario_sync(client: KworkClient) -> list[Any]:
    return [
        client.user.get_me(),
        client.catalog.get_categories(),
        client.projects.get_list(page=2),
        [p.id for p in client.projects.iter_list(categories=[11, 12, 13])],
        client.reference.get_cities(1),
        client.dialogs.send_message(1101, "Одинаковый сценарий"),
    ]


async def scenario_async(client: AsyncKworkClient) -> list[Any]:
    return [
        await client.user.get_me(),
        await client.catalog.get_categories(),
        await client.projects.get_list(page=2),
        [p.id async for p in client.projects.iter_list(categories=[11, 12, 13])],
        await client.reference.get_cities(1),
        await client.dialogs.send_message(1101, "Одинаковый сценарий"),
    ]


async def test_the_same_scenario_gives_equal_results_through_both_clients() -> None:
    with sync_client(Emulator(), login=DEMO_LOGIN, password=DEMO_PASSWORD) as client:
        blocking = scenario_sync(client)
    async with async_client(Emulator(), login=DEMO_LOGIN, password=DEMO_PASSWORD) as aclient:
        awaited = await scenario_async(aclient)
    assert blocking == awaited
    assert len(blocking[3]) > 20  # more than one page


def test_login_signs_in_now_and_exposes_the_token() -> None:
    emu = Emulator()
    with KworkClient.login(
        DEMO_LOGIN, DEMO_PASSWORD, base_url=BASE, http_client=httpx.Client(transport=EmulatorTransport(emu))
    ) as client:
        assert emu.sign_ins == 1
        assert client.token in emu.tokens
        assert client.token_expires_at is not None


async def test_async_login_signs_in_now() -> None:
    emu = Emulator()
    client = await AsyncKworkClient.login(
        DEMO_LOGIN,
        DEMO_PASSWORD,
        base_url=BASE,
        http_client=httpx.AsyncClient(transport=EmulatorTransport(emu)),
    )
    async with client:
        assert emu.sign_ins == 1
        assert (await client.user.get_me()).username == DEMO_LOGIN


def test_credentials_sign_in_lazily_on_the_first_user_call_only() -> None:
    emu = Emulator()
    with sync_client(emu, login=DEMO_LOGIN, password=DEMO_PASSWORD) as client:
        client.reference.get_countries()  # needs no token: no sign-in yet
        assert emu.sign_ins == 0
        client.user.get_me()
        client.user.get_me()
        assert emu.sign_ins == 1


def test_expired_token_signs_in_once_and_replays() -> None:
    emu = Emulator()
    with sync_client(emu, login=DEMO_LOGIN, password=DEMO_PASSWORD) as client:
        client.user.get_me()
        old = client.token
        emu.expire_tokens()
        assert client.user.get_me().username == DEMO_LOGIN
        assert emu.sign_ins == 2
        assert client.token != old


def test_second_rejection_after_re_sign_in_raises_auth_error() -> None:
    calls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/signIn":
            return httpx.Response(200, json={"success": True, "response": {"token": "t", "expired": 60}})
        return httpx.Response(401, json={"success": False, "error": "Неверный токен"})

    with (
        KworkClient(
            login="u",
            password="p",
            base_url=BASE,
            http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        ) as client,
        pytest.raises(KworkAuthError),
    ):
        client.user.get_me()
    assert calls == ["/signIn", "/actor", "/signIn", "/actor"]


def test_token_only_client_raises_on_expiry_without_signing_in() -> None:
    emu = Emulator()
    with sync_client(emu, token="unknown-token") as client, pytest.raises(KworkAuthError) as info:
        client.user.get_me()
    assert info.value.status_code == 401
    assert emu.sign_ins == 0


def test_user_method_without_token_or_credentials_fails_before_sending() -> None:
    emu = Emulator()
    with sync_client(emu) as client:
        with pytest.raises(KworkAuthError, match="token= or login="):
            client.user.get_me()
        assert emu.journal == []
        assert client.reference.get_countries()  # public methods still work


def test_wrong_password_is_an_auth_error_with_code_105_and_no_retry() -> None:
    emu = Emulator()
    with pytest.raises(KworkAuthError) as info:
        KworkClient.login(
            DEMO_LOGIN, "wrong", base_url=BASE, http_client=httpx.Client(transport=EmulatorTransport(emu))
        )
    assert info.value.error_code == 105
    assert len(emu.applied("signIn")) == 1


def test_captcha_required_then_finished_with_the_solved_token_and_pass_token_kept() -> None:
    emu = Emulator()
    with sync_client(emu, login="captcha", password=DEMO_PASSWORD) as client:
        with pytest.raises(KworkCaptchaRequired) as info:
            client.user.get_me()
        assert info.value.captcha_url == "https://kwork.ru/captcha_only"
        assert emu.sign_ins == 0 and len(emu.applied("signIn")) == 1  # no re-sign-in loop on 118
        client.auth.sign_in("captcha", DEMO_PASSWORD, g_recaptcha_response="solved-by-a-human")
        assert client.user.get_me().id == 1001
        emu.expire_tokens()
        assert client.user.get_me().id == 1001  # re-sign-in passes thanks to the kept pass token
        last = emu.applied("signIn")[-1]
        assert last.get("recaptcha_pass_token") == "pass-captcha"
        assert "g-recaptcha-response" not in last
        client.auth.sign_in("captcha", DEMO_PASSWORD)  # a facade sign-in sends the kept pass too
        assert emu.applied("signIn")[-1].get("recaptcha_pass_token") == "pass-captcha"
        assert emu.applied("signIn")[-1].get("uad") == client.uad


def test_phone_confirmation_required_then_passes_with_phone_last() -> None:
    emu = Emulator()
    transport = EmulatorTransport(emu)
    with pytest.raises(KworkPhoneConfirmationRequired) as info:
        KworkClient.login(
            "phone", DEMO_PASSWORD, base_url=BASE, http_client=httpx.Client(transport=transport)
        )
    assert info.value.phone_mask and "phone_last" in str(info.value)
    with KworkClient.login(
        "phone",
        DEMO_PASSWORD,
        phone_last="1234",
        base_url=BASE,
        http_client=httpx.Client(transport=transport),
    ) as client:
        assert client.user.get_me().id == 1002


def test_firewall_block_is_raised_without_re_sign_in_or_retry() -> None:
    emu = Emulator()
    with sync_client(emu, login=DEMO_LOGIN, password=DEMO_PASSWORD) as client:
        client.user.get_me()
        emu.inject("html_403", times=5)
        with pytest.raises(KworkBlockedError):
            client.user.get_me()
        assert emu.sign_ins == 1
        assert emu.faults.injected["html_403"] == 1


def test_concurrent_threads_hitting_an_expired_token_share_one_sign_in() -> None:
    emu = Emulator()
    with sync_client(emu, login=DEMO_LOGIN, password=DEMO_PASSWORD) as client:
        client.user.get_me()
        emu.expire_tokens()
        barrier = threading.Barrier(8)
        results: list[int] = []

        def call() -> None:
            barrier.wait()
            results.append(client.user.get_me().id)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert results == [1000] * 8
    assert emu.sign_ins == 2


async def test_concurrent_tasks_hitting_an_expired_token_share_one_sign_in() -> None:
    emu = Emulator()
    async with async_client(emu, login=DEMO_LOGIN, password=DEMO_PASSWORD) as client:
        await client.user.get_me()
        emu.expire_tokens()
        users = await asyncio.gather(*(client.user.get_me() for _ in range(20)))
    assert {u.id for u in users} == {1000}
    assert emu.sign_ins == 2


def test_logout_ends_the_session_and_forgets_the_token() -> None:
    emu = Emulator()
    with sync_client(emu, token=emu.issue_token()) as client:
        client.auth.logout()
        assert client.token is None
        with pytest.raises(KworkAuthError):
            client.user.get_me()


def test_session_file_is_saved_owner_only_and_restores_without_signing_in(tmp_path: Path) -> None:
    emu = Emulator()
    path = tmp_path / "state" / "kwork-session.json"
    with sync_client(emu, login=DEMO_LOGIN, password=DEMO_PASSWORD, session_file=path) as client:
        client.user.get_me()
        token, uad = client.token, client.uad
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with sync_client(emu, login=DEMO_LOGIN, password=DEMO_PASSWORD, session_file=path) as again:
        assert again.token == token and again.uad == uad
        again.user.get_me()
    assert emu.sign_ins == 1
    with sync_client(emu, token=token, session_file=path) as leaving:
        leaving.auth.logout()
    assert not path.exists()


def test_explicit_save_and_restore_of_a_session(tmp_path: Path) -> None:
    from kwork_api import Session

    emu = Emulator()
    path = tmp_path / "s.json"
    with sync_client(emu, token=emu.issue_token()) as client:
        client.save_session(path)
        snapshot = client.session()
    restored = Session.load(path)
    assert restored == snapshot
    assert "***" in repr(restored) and (restored.token or "") not in repr(restored)


def test_blocking_client_works_inside_a_running_event_loop() -> None:
    emu = Emulator()

    async def notebook_cell() -> str | None:
        with sync_client(emu, token=emu.issue_token()) as client:
            return client.user.get_me().username

    assert asyncio.run(notebook_cell()) == DEMO_LOGIN


def test_per_call_timeout_and_retries_are_accepted() -> None:
    emu = Emulator()
    with sync_client(emu, token=emu.issue_token(), max_retries=0) as client:
        emu.inject("http_503", times=1)
        assert client.user.get_me(max_retries=1, timeout=5.0).username == DEMO_LOGIN
        emu.inject("http_503", times=1)
        with pytest.raises(Exception, match="503"):
            client.user.get_me()


def test_bad_constructor_arguments_are_refused_clearly() -> None:
    with pytest.raises(KworkValidationError, match="both login= and password="):
        KworkClient(login="only-login")
    with pytest.raises(KworkValidationError, match="max_retries"):
        KworkClient(max_retries=-1)
    with pytest.raises(KworkValidationError, match="base_url"):
        KworkClient(base_url="ftp://example")


def test_client_owns_and_closes_its_pool_but_not_a_given_one() -> None:
    given = httpx.Client(transport=EmulatorTransport(Emulator()))
    with KworkClient(token="t", http_client=given):
        pass
    assert not given.is_closed
    own = KworkClient(token="t")
    own.close()
    assert own._http.is_closed
