"""The one exception hierarchy both clients raise.

Errors carry data (status, Kwork error code, method, retry-after) and a message that says
what to do next. Messages never contain tokens, passwords or Authorization values: they are
built from the method name, the status and the server's error text only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.models.error_detail import ErrorDetail

__all__ = [
    "aiohttp_kind",
    "network_error",
    "redact",
    "KworkApiError",
    "KworkAuthError",
    "KworkBlockedError",
    "KworkCaptchaRequired",
    "KworkError",
    "KworkNetworkError",
    "KworkNotFoundError",
    "KworkPhoneConfirmationRequired",
    "KworkRateLimitError",
    "KworkTimeoutError",
    "KworkValidationError",
]

#: Where a person solves the captcha Kwork asks for at sign-in (error 118).
CAPTCHA_URL = "https://kwork.ru/captcha_only"


class KworkError(Exception):
    """Base of everything the SDK raises."""

    def __init__(self, message: str, *, method: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method

    def __str__(self) -> str:
        return self.message


class KworkApiError(KworkError):
    """The API answered with an error: HTTP 4xx/5xx, or HTTP 200 with `success: false`."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        status_code: int | None = None,
        error_code: int | None = None,
        request_id: str | None = None,
        body: Any = None,
        errors: Sequence[ErrorDetail] = (),
        transient: bool = False,
    ) -> None:
        super().__init__(message, method=method)
        #: True for failures worth one more try of a read: 5xx, a garbled or empty answer.
        self.transient = transient
        self.status_code = status_code
        self.error_code = error_code
        self.request_id = request_id
        #: The decoded error envelope (or a short excerpt of a non-JSON body).
        self.body = body
        #: Field errors the server listed, if any.
        self.errors: tuple[ErrorDetail, ...] = tuple(errors)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, method={self.method!r}, "
            f"status_code={self.status_code!r}, error_code={self.error_code!r})"
        )


class KworkAuthError(KworkApiError):
    """Bad credentials, a missing or expired token, or HTTP 401/403."""


class KworkCaptchaRequired(KworkAuthError):
    """Sign-in needs a solved captcha (error 118).

    Open `captcha_url` in a browser, solve it, then finish with
    `client.auth.sign_in(login, password, g_recaptcha_response=<solved token>)`.
    """

    captcha_url = CAPTCHA_URL


class KworkPhoneConfirmationRequired(KworkAuthError):
    """Sign-in needs the last four digits of the account's phone (error 192).

    Sign in again passing `phone_last="1234"`; `phone_mask` shows which number is meant.
    """

    def __init__(self, message: str, *, phone_mask: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.phone_mask = phone_mask


class KworkBlockedError(KworkApiError):
    """The anti-bot firewall refused the request (HTTP 403 with an HTML or empty body).

    Nothing to solve and nothing a new sign-in fixes (that makes it worse): slow down,
    reuse a saved token, and try later. Deliberately not a KworkAuthError, so code that
    signs in again on auth errors does not do so here.
    """


class KworkNotFoundError(KworkApiError):
    """HTTP 404 or an error code that means the object does not exist."""


class KworkRateLimitError(KworkApiError):
    """HTTP 429. `retry_after` says how many seconds to wait, when the server said."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class KworkValidationError(KworkApiError):
    """Invalid input (HTTP 400, codes 100/101, field errors) or a value the SDK cannot convert.

    For an unconvertible response value, `field` names it (`Project.price`).
    """

    def __init__(self, message: str, *, field: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.field = field


class KworkNetworkError(KworkError):
    """The request failed in transport: connection refused or reset, DNS, TLS, timeouts.

    `request_sent` is False when the request surely never reached the server, so even a
    write is safe to resend; True means the outcome of a write is unknown.
    """

    def __init__(self, message: str, *, method: str | None = None, request_sent: bool = True) -> None:
        super().__init__(message, method=method)
        self.request_sent = request_sent


class KworkTimeoutError(KworkNetworkError):
    """A connect, write, read or pool timeout. `kind` says which."""

    def __init__(self, message: str, *, kind: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.kind = kind


_SECRET_PARAM = re.compile(r"((?:token|password|phone_last|g-recaptcha-response)=)[^&\s'\"]+")


def redact(text: str) -> str:
    """Mask secret query/form values (`token=...`) in text bound for logs or messages."""
    return _SECRET_PARAM.sub(r"\1***", text)


#: aiohttp exceptions by what they say about whether the request left the machine. The SDK's
#: own transport maps them itself; this also covers an httpx-aiohttp client a caller passes in,
#: which reports a server disconnect as httpx.ConnectTimeout.
_AIOHTTP_KINDS: dict[str, tuple[str | None, bool]] = {
    "ClientConnectorError": (None, False),
    "ConnectionTimeoutError": ("connect", False),
    "SocketTimeoutError": ("read", True),
    "ServerTimeoutError": ("read", True),
    "ServerDisconnectedError": (None, True),
    "ClientPayloadError": (None, True),
    "ClientOSError": (None, True),
    "TimeoutError": ("read", True),  # aiohttp's overall timeout
}
_TIMEOUT_TEXT = {
    "connect": "could not connect in time; the request was not sent",
    "pool": "no free connection in the pool in time; the request was not sent",
    "read": "the server did not answer in time",
    "write": "sending the request took too long",
}


def aiohttp_kind(exc: BaseException) -> tuple[str | None, bool] | None:
    """What an aiohttp exception says: (timeout kind or None, whether the request may have
    left), or None for one it says nothing about. Most specific class first."""
    for cls in type(exc).__mro__:
        if cls.__name__ in _AIOHTTP_KINDS:
            return _AIOHTTP_KINDS[cls.__name__]
    return None


def _kind_of(exc: BaseException) -> tuple[str | None, bool]:
    """(timeout kind or None, whether the request may have reached the server)."""
    import httpx  # noqa: PLC0415  (already imported by the client; keeps this module light)

    cause = exc.__cause__
    if cause is not None and type(cause).__module__.startswith("aiohttp"):
        said = aiohttp_kind(cause)
        if said is not None:
            return said
    for cls, kind, sent in (
        (httpx.ConnectTimeout, "connect", False),
        (httpx.PoolTimeout, "pool", False),
        (httpx.ReadTimeout, "read", True),
        (httpx.WriteTimeout, "write", True),
    ):
        if isinstance(exc, cls):
            return kind, sent
    if isinstance(exc, httpx.TimeoutException):
        return "read", True
    return None, not isinstance(exc, httpx.ConnectError | httpx.UnsupportedProtocol | httpx.ProxyError)


def network_error(method: str, exc: BaseException) -> KworkNetworkError:
    """Map a transport exception to a KworkNetworkError that says whether the request left.

    Connect errors and pool/connect timeouts happen before a byte is sent, so even a write
    may be resent; after that, the outcome of a write is unknown.
    """
    kind, sent = _kind_of(exc)
    unknown = "; the request may have reached the server, so its outcome is unknown" if sent else ""
    if kind is not None:
        return KworkTimeoutError(
            f"{method}: {kind} timeout - {_TIMEOUT_TEXT[kind]}{unknown}",
            kind=kind,
            method=method,
            request_sent=sent,
        )
    detail = redact(str(exc)) or type(exc).__name__
    return KworkNetworkError(f"{method}: network error - {detail}{unknown}", method=method, request_sent=sent)
