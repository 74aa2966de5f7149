"""Secrets used in tests never reach logs (DEBUG included), reprs, error messages or cassettes."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from kwork_api import KworkAuthError, KworkClient, KworkError
from kwork_api._auth import Credentials, KworkAuth, TokenState
from kwork_api.testing import DEMO_LOGIN, DEMO_PASSWORD, Emulator, EmulatorTransport

BASE = "http://kwork-emulator.test/"
BASIC_VALUE = "bW9iaWxlX2FwaTpxRnZmUmw3dw=="


def secrets_in(text: str, token: str | None) -> list[str]:
    found = [s for s in (DEMO_PASSWORD, BASIC_VALUE) if s in text]
    if token and token in text:
        found.append("token")
    return found


def test_debug_logs_of_a_whole_session_hold_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    emu = Emulator()
    caplog.set_level(logging.DEBUG)
    with KworkClient(
        login=DEMO_LOGIN,
        password=DEMO_PASSWORD,
        base_url=BASE,
        http_client=httpx.Client(transport=EmulatorTransport(emu)),
    ) as client:
        client.user.get_me()
        emu.expire_tokens()
        client.projects.get_list(page=1)  # re-signs in
        token = client.token
        emu.inject("http_503", times=1)
        client.user.get_me()  # retried: logs the decision
    text = "\n".join(f"{r.name}: {r.getMessage()}" for r in caplog.records)
    assert "HTTP Request: POST" in text  # httpx's own request log is there...
    assert "token=***" in text  # ...with the token masked
    assert secrets_in(text, token) == []


def test_reprs_of_clients_auth_state_and_models_hide_secrets() -> None:
    token = "0123456789abcdef0123456789abcdef"
    client = KworkClient(token=token, login=DEMO_LOGIN, password=DEMO_PASSWORD)
    state = TokenState(token)
    auth = KworkAuth(
        app_auth=("mobile_api", "qFvfRl7w"),
        state=state,
        credentials=Credentials(DEMO_LOGIN, DEMO_PASSWORD),
        base_url=BASE,
    )
    from kwork_api import AuthResponse, AuthToken

    answer = AuthResponse.from_dict(
        {"success": True, "response": {"token": token, "expired": 10}, "recaptcha_pass_token": "pass-secret"}
    )
    texts = [
        repr(client),
        str(client),
        repr(state),
        repr(auth),
        repr(answer),
        repr(answer.response),
        repr(AuthToken.from_dict({"token": token})),
        repr(client.session()),
    ]
    for text in texts:
        assert secrets_in(text, token) == [], text
        assert "pass-secret" not in text
    client.close()


def test_error_messages_never_carry_the_token_or_password() -> None:
    emu = Emulator()
    token = emu.issue_token()
    errors: list[KworkError] = []
    with KworkClient(
        token=token, base_url=BASE, http_client=httpx.Client(transport=EmulatorTransport(emu)), max_retries=0
    ) as client:
        for kind in ("http_429", "http_500", "html_403", "empty_200", "drop_before"):
            emu.inject(kind)
            with pytest.raises(KworkError) as info:
                client.user.get_me()
            errors.append(info.value)
        emu.expire_tokens()
        with pytest.raises(KworkAuthError) as auth:
            client.user.get_me()
        errors.append(auth.value)
    with pytest.raises(KworkAuthError) as bad_login:
        KworkClient.login(
            DEMO_LOGIN,
            "wrong-" + DEMO_PASSWORD,
            base_url=BASE,
            http_client=httpx.Client(transport=EmulatorTransport(emu)),
        )
    errors.append(bad_login.value)
    for error in errors:
        for text in (str(error), repr(error)):
            assert secrets_in(text, token) == [], text
            assert "wrong-" not in text


def test_network_error_text_is_redacted_even_if_a_transport_puts_the_url_in_it() -> None:
    from kwork_api._errors import network_error

    error = network_error("actor", httpx.ConnectError("failed GET http://x/actor?token=abc123&uad=1"))
    assert "abc123" not in str(error)
    assert "token=***" in str(error)


def test_cassette_scrubber_masks_tokens_in_bodies_and_drops_set_cookie() -> None:
    from kwork_api.testing.vcr import scrub_response

    response = {
        "headers": {"Set-Cookie": ["sid=secret"], "Content-Type": ["application/json"]},
        "body": {"string": b'{"success":true,"response":{"token":"abc","expired":5}}'},
    }
    scrubbed = scrub_response(response)
    assert "Set-Cookie" not in scrubbed["headers"]
    assert b"abc" not in scrubbed["body"]["string"] and b"REDACTED" in scrubbed["body"]["string"]


def test_all_committed_cassettes_are_free_of_test_secrets() -> None:
    for path in (Path(__file__).parent / "cassettes").glob("*.yaml"):
        assert secrets_in(path.read_text(encoding="utf-8"), None) == [], path
