"""Error mapping: every answer shape Kwork sends becomes the right KworkError (pure, no I/O)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from kwork_api import (
    KworkApiError,
    KworkAuthError,
    KworkBlockedError,
    KworkCaptchaRequired,
    KworkError,
    KworkNotFoundError,
    KworkPhoneConfirmationRequired,
    KworkRateLimitError,
    KworkValidationError,
)
from kwork_api._envelope import is_token_rejected, read
from kwork_api._generated.api.projects.projects import OPERATION as PROJECTS
from kwork_api._generated.api.user.actor import OPERATION as ACTOR


def fail(body: Any, status: int = 200, headers: dict[str, str] | None = None, op: Any = ACTOR) -> KworkError:
    content = body if isinstance(body, bytes) else orjson.dumps(body)
    with pytest.raises(KworkError) as info:
        read(op, status, content, headers or {})
    return info.value


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (100, KworkValidationError),
        (101, KworkValidationError),
        (105, KworkAuthError),
        (116, KworkAuthError),
        (118, KworkCaptchaRequired),
        (159, KworkAuthError),
        (160, KworkAuthError),
        (192, KworkPhoneConfirmationRequired),
        (130, KworkApiError),
        (195, KworkApiError),
        (9999, KworkApiError),
    ],
)
def test_error_code_maps_to_class_and_keeps_code(code: int, cls: type[KworkError]) -> None:
    error = fail({"success": False, "error": "Ошибка", "error_code": code})
    assert type(error) is cls
    assert isinstance(error, KworkApiError)
    assert error.error_code == code
    assert error.status_code == 200
    assert error.method == "actor"
    assert "Ошибка" in str(error)


def test_error_code_sent_as_string_is_kept_as_int() -> None:
    error = fail({"success": False, "error": "Нужна капча", "error_code": "118"})
    assert isinstance(error, KworkCaptchaRequired)
    assert error.error_code == 118
    assert "kwork.ru/captcha_only" in str(error)


def test_http_200_with_success_false_raises_instead_of_parsing() -> None:
    error = fail({"success": False, "error": "Что-то пошло не так"})
    assert type(error) is KworkApiError
    assert error.error_code is None


def test_success_false_given_as_zero_still_raises() -> None:
    assert isinstance(fail({"success": 0, "error": "нет"}), KworkApiError)


def test_phone_confirmation_error_carries_phone_mask_and_says_what_to_send() -> None:
    error = fail({"success": False, "error": "Телефон", "error_code": 192, "phone_mask": "+7 *** **-34"})
    assert isinstance(error, KworkPhoneConfirmationRequired)
    assert error.phone_mask == "+7 *** **-34"
    assert "phone_last" in str(error)


def test_field_errors_become_typed_error_details() -> None:
    error = fail(
        {
            "success": False,
            "error": "Проверьте поля",
            "error_code": 101,
            "errors": [{"position": "1", "target": "title", "text": "Слишком длинно"}, "junk"],
        }
    )
    assert isinstance(error, KworkValidationError)
    assert [(e.target, e.position, e.text) for e in error.errors] == [("title", 1, "Слишком длинно")]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, KworkValidationError),
        (401, KworkAuthError),
        (403, KworkAuthError),
        (404, KworkNotFoundError),
        (422, KworkValidationError),
        (429, KworkRateLimitError),
        (500, KworkApiError),
        (502, KworkApiError),
    ],
)
def test_http_status_with_json_body_maps_to_class(status: int, cls: type[KworkError]) -> None:
    error = fail({"success": False, "error": "Ошибка"}, status=status)
    assert type(error) is cls
    assert error.status_code == status  # type: ignore[attr-defined]


def test_rate_limit_carries_retry_after_seconds() -> None:
    error = fail({"success": False, "error": "Слишком часто"}, status=429, headers={"retry-after": "7"})
    assert isinstance(error, KworkRateLimitError)
    assert error.retry_after == 7.0


@pytest.mark.parametrize("body", [b"<html><body>Access denied</body></html>", b""])
def test_firewall_403_html_or_empty_is_a_blocked_error_with_excerpt(body: bytes) -> None:
    error = fail(body, status=403, headers={"content-type": "text/html"})
    assert isinstance(error, KworkBlockedError)
    assert error.status_code == 403
    assert ("Access denied" in str(error)) if body else ("empty body" in str(error))
    assert not is_token_rejected(error)


@pytest.mark.parametrize("body", [b"", b"<html>Technical works</html>", b"{not json"])
def test_non_json_200_is_an_api_error_naming_the_method_not_a_decode_error(body: bytes) -> None:
    error = fail(body, status=200)
    assert type(error) is KworkApiError
    assert error.method == "actor"
    assert "actor" in str(error)
    assert error.transient  # a read may try once more


def test_non_json_5xx_is_transient_and_keeps_a_short_excerpt() -> None:
    error = fail(b"<html>" + b"x" * 5000 + b"</html>", status=502)
    assert isinstance(error, KworkApiError)
    assert error.transient
    assert len(str(error)) < 400


def test_no_orders_codes_on_a_list_method_read_as_empty_page() -> None:
    page = read(
        PROJECTS, 200, orjson.dumps({"success": False, "error": "Нет заказов", "error_code": 150}), {}
    )
    assert page.projects is None or list(page.projects) == []


def test_token_rejection_is_recognised_by_status_or_text_but_not_for_captcha_or_password() -> None:
    assert is_token_rejected(fail({"success": False, "error": "Bad"}, status=401))
    assert is_token_rejected(fail({"success": False, "error": "Неверный токен авторизации"}))
    assert not is_token_rejected(fail({"success": False, "error": "Неверный токен", "error_code": 118}))
    assert not is_token_rejected(
        fail({"success": False, "error": "Неверный логин или пароль", "error_code": 105})
    )
    assert not is_token_rejected(
        fail({"success": False, "error": "Нет доступа к диалогу", "error_code": 130})
    )


def test_error_repr_and_message_carry_data_not_secrets() -> None:
    error = fail({"success": False, "error": "Ошибка", "error_code": 101})
    assert "error_code=101" in repr(error)
    assert "method='actor'" in repr(error)
