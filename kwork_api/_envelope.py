"""From an HTTP answer to a result or a KworkError: pure functions, no I/O.

Kwork answers most errors with HTTP 200 and `{"success": false, ...}`, blocks bots with a
bare HTTP 403 page, and sometimes leaves the envelope out. Both clients call `read()` on
every answer, so each of those cases is decided here once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import orjson

from . import _coerce
from ._errors import (
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
from ._operation import Operation
from ._retry import parse_retry_after

#: Kwork error codes with a class of their own (see DESIGN.md and the API's public clients).
CODE_CLASSES: dict[int, type[KworkApiError]] = {
    100: KworkValidationError,  # not enough parameters
    101: KworkValidationError,  # invalid parameter values
    105: KworkAuthError,  # wrong login or password
    116: KworkAuthError,  # anti-fraud quiz pending
    118: KworkCaptchaRequired,
    159: KworkAuthError,  # social sign-in needs a sign-up first
    160: KworkAuthError,  # social sign-up: e-mail already taken
    192: KworkPhoneConfirmationRequired,
}
#: "No payer/worker orders": an empty list, not a failure.
EMPTY_LIST_CODES = frozenset({150, 151})
#: Error text the server uses for a missing, expired or revoked token.
_TOKEN_TEXT = re.compile(r"token|токен|авториз|unauthori[sz]ed|not authenticated", re.IGNORECASE)
_EXCERPT = 200


def excerpt(content: bytes) -> str:
    """A short, single-line view of a body for error messages."""
    text = content[: _EXCERPT * 2].decode("utf-8", "replace")
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def decode(content: bytes) -> Any:
    """Parsed JSON, or the `NOT_JSON` marker for an empty or non-JSON body."""
    if not content:
        return NOT_JSON
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        pass
    try:  # valid JSON orjson refuses (integers beyond 64 bits) still counts as JSON
        return json.loads(content)
    except (ValueError, RecursionError):
        return NOT_JSON


NOT_JSON: Any = object()


def _is_false(value: Any) -> bool:
    return value is False or value in (0, "0", "false")


def error_code_of(body: Mapping[str, Any]) -> int | None:
    code = body.get("error_code")
    try:
        return _coerce.to_int(code, "error_code")
    except KworkValidationError:
        return None


def classify(
    op: Operation[Any], status: int, body: Any, content: bytes, headers: Mapping[str, str]
) -> KworkError | None:
    """The error an answer stands for, or None when it is a success."""
    method = op.method
    request_id = headers.get("x-request-id")
    if body is NOT_JSON:
        return _non_json_error(method, status, content, headers, request_id)
    envelope_error = isinstance(body, dict) and (
        _is_false(body.get("success", True)) or ("error" in body and "success" not in body and status >= 400)
    )
    if not envelope_error:
        if status < 400:
            return None
        return _status_error(method, status, f"HTTP {status}", headers, request_id, body)
    code = error_code_of(body)
    if code in EMPTY_LIST_CODES and op.empty in ("list", "page"):
        return None
    text = body.get("error")
    message = text.strip() if isinstance(text, str) and text.strip() else "the server gave no error text"
    if status >= 400:
        return _status_error(method, status, message, headers, request_id, body, code)
    cls = CODE_CLASSES.get(code) if code is not None else None
    if cls is None and _TOKEN_TEXT.search(message):
        cls = KworkAuthError
    cls = cls or KworkApiError
    kwargs: dict[str, Any] = dict(
        method=method,
        status_code=status,
        error_code=code,
        request_id=request_id,
        body=body,
        errors=_field_errors(body),
    )
    if cls is KworkPhoneConfirmationRequired:
        mask = body.get("phone_mask")
        kwargs["phone_mask"] = mask if isinstance(mask, str) else None
        message += " (sign in again with phone_last=<last 4 digits of the phone>)"
    elif cls is KworkCaptchaRequired:
        message += (
            f" (solve the captcha at {KworkCaptchaRequired.captcha_url}"
            " and sign in with g_recaptcha_response)"
        )
    return cls(f"{method}: {message} [code {code}]" if code is not None else f"{method}: {message}", **kwargs)


def _field_errors(body: Mapping[str, Any]) -> list[Any]:
    raw = body.get("errors")
    if not isinstance(raw, list) or not raw:
        return []
    from ._generated.models.error_detail import ErrorDetail  # noqa: PLC0415  (rare path)

    details = []
    for item in raw:
        try:
            details.append(ErrorDetail.from_dict(item))
        except KworkValidationError:
            continue
    return details


def _status_error(
    method: str,
    status: int,
    message: str,
    headers: Mapping[str, str],
    request_id: str | None,
    body: Any,
    code: int | None = None,
) -> KworkError:
    kwargs: dict[str, Any] = dict(
        method=method, status_code=status, error_code=code, request_id=request_id, body=body
    )
    text = f"{method}: {message} (HTTP {status})"
    if status == 429:
        retry_after = parse_retry_after(headers.get("retry-after"))
        wait = f"; retry after {retry_after:g} s" if retry_after is not None else ""
        return KworkRateLimitError(
            f"{text} - rate limited, slow down{wait}", retry_after=retry_after, **kwargs
        )
    if status in (401, 403):
        return KworkAuthError(text + " - the token is missing, expired or revoked", **kwargs)
    if status == 404:
        return KworkNotFoundError(text, **kwargs)
    if status in (400, 422):
        return KworkValidationError(
            text, errors=_field_errors(body) if isinstance(body, dict) else (), **kwargs
        )
    return KworkApiError(text, transient=status >= 500, **kwargs)


def _non_json_error(
    method: str, status: int, content: bytes, headers: Mapping[str, str], request_id: str | None
) -> KworkError:
    shown = excerpt(content) or "empty body"
    kwargs: dict[str, Any] = dict(method=method, status_code=status, request_id=request_id, body=shown)
    if status == 403:
        return KworkBlockedError(
            f"{method}: blocked by Kwork's anti-bot firewall (HTTP 403: {shown}). Slow down and reuse a "
            "saved token; signing in again makes it worse.",
            **kwargs,
        )
    if status == 429:
        return KworkRateLimitError(
            f"{method}: rate limited (HTTP 429: {shown})",
            retry_after=parse_retry_after(headers.get("retry-after")),
            **kwargs,
        )
    if status == 404:
        return KworkNotFoundError(f"{method}: not found (HTTP 404: {shown})", **kwargs)
    if status == 401:
        return KworkAuthError(f"{method}: not authorised (HTTP 401: {shown})", **kwargs)
    kind = "an empty" if not content else "a non-JSON"
    return KworkApiError(
        f"{method}: {kind} answer (HTTP {status}: {shown})", transient=status >= 500 or status < 400, **kwargs
    )


def is_token_rejected(error: KworkError) -> bool:
    """True when a fresh sign-in may cure the error: the token is missing, expired or revoked.

    Never for captcha, phone confirmation, wrong password or a firewall block.
    """
    if type(error) is not KworkAuthError or error.error_code in CODE_CLASSES:
        return False
    if error.status_code in (401, 403):
        return True
    return bool(_TOKEN_TEXT.search(error.message))


def unwrap(op: Operation[Any], body: Any) -> Any:
    """The public result of a success answer."""
    if op.result == "none":
        return None
    parse = op.parse
    assert parse is not None
    if op.result == "envelope":
        if isinstance(body, dict) and error_code_of(body) in EMPTY_LIST_CODES:
            body = {"success": True}  # "no orders": an empty page
        return parse(body if isinstance(body, dict) else {}, op.method)
    if isinstance(body, dict):
        if "response" in body:
            data = body["response"]
        elif "success" in body or error_code_of(body) in EMPTY_LIST_CODES:
            data = None  # `{"success": true}` alone, or "no orders"
        else:
            data = body  # answered without the envelope (exchangeInfo)
    else:
        data = body
    if data is None or (data is False and op.empty != "error"):
        if op.empty == "list":
            return []
        if op.empty == "none":
            return None
        if op.empty != "page":
            raise KworkApiError(f"{op.method}: the server answered without data", method=op.method, body=body)
        data = {}  # an empty page
    result = parse(data, op.method)
    if result is None and op.empty == "error":
        raise KworkApiError(f"{op.method}: the server answered without data", method=op.method, body=body)
    return result


def read(op: Operation[Any], status: int, content: bytes, headers: Mapping[str, str]) -> Any:
    """Status and body of one answer -> the public result; raises the matching KworkError."""
    if op.result == "binary" and status < 400 and "json" not in headers.get("content-type", ""):
        return content  # a file: errors still come as JSON envelopes
    body = decode(content)
    error = classify(op, status, body, content, headers)
    if error is not None:
        raise error
    return unwrap(op, body)
