"""KworkClient (blocking) and AsyncKworkClient: configuration, the request loop, lifecycle.

Everything that decides (encoding, auth, error mapping, envelope, retry policy, paging) lives
in other modules and is shared; the two request loops below differ only in awaiting and in
how they sleep.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypedDict, TypeVar, Unpack

import httpx

from . import _envelope
from ._auth import DEFAULT_APP_AUTH, Credentials, KworkAuth, TokenState, basic_header
from ._errors import KworkApiError, KworkError, KworkValidationError, network_error
from ._logging import install_redaction, log
from ._operation import Operation
from ._options import (
    check_app_auth,
    check_http_client,
    check_path,
    check_retries,
    check_seconds,
    check_timeout,
)
from ._request import encode
from ._retry import RetryPolicy, next_delay
from ._types import DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven, Timeout
from .resources import AsyncGroups, SyncGroups

if TYPE_CHECKING:
    from ._session import Session

T = TypeVar("T")

__all__ = ["DEFAULT_BASE_URL", "AsyncKworkClient", "KworkClient"]

DEFAULT_BASE_URL = "https://api.kwork.ru/"
USER_AGENT = "kwork-api-python/0.1"


class _ClientCore:
    """Configuration and the I/O-free steps shared by both clients."""

    _http: Any
    #: True when the client created its own pool (and may drive its transport directly).
    _owns_http: bool
    _closed = False

    def __init__(
        self,
        *,
        token: str | None,
        login: str | None,
        password: str | None,
        phone_last: str | None,
        base_url: str,
        timeout: Timeout | NotGiven,
        max_retries: int,
        max_retry_after: float,
        retry_policy: RetryPolicy | None,
        app_auth: tuple[str, str],
        uad: str | None,
        session_file: str | os.PathLike[str] | None,
    ) -> None:
        if (login is None) != (password is None):
            raise KworkValidationError("pass both login= and password=, or neither")
        if login is not None and (
            not isinstance(login, str) or not isinstance(password, str) or not login or not password
        ):
            raise KworkValidationError("login and password must be non-empty strings")
        if token is not None and (not isinstance(token, str) or not token):
            raise KworkValidationError("token must be a non-empty string (or None)")
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise KworkValidationError("base_url must be an http:// or https:// URL")
        check_timeout(timeout)
        check_retries(max_retries)
        max_retry_after = check_seconds(max_retry_after, "max_retry_after")
        app_auth = check_app_auth(app_auth)
        if session_file is not None:
            check_path(session_file, "session_file")
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise KworkValidationError("retry_policy must be a kwork_api.RetryPolicy")
        self._base_url = base_url if base_url.endswith("/") else base_url + "/"
        self._timeout = timeout
        #: An explicit policy wins over the two shortcuts (max_retries, max_retry_after).
        self._retry = retry_policy or RetryPolicy(max_retries=max_retries, max_retry_after=max_retry_after)
        self._state = TokenState(token=token, uad=uad)
        credentials = Credentials(login, password, phone_last) if login is not None and password else None
        if session_file is not None:
            from ._session import attach  # noqa: PLC0415

            attach(self._state, session_file, keep_token=token is not None)
        self._auth = KworkAuth(
            app_auth=app_auth, state=self._state, credentials=credentials, base_url=self._base_url
        )
        self._headers = {"User-Agent": USER_AGENT, "Authorization": basic_header(app_auth)}
        install_redaction()

    # -- public state --------------------------------------------------------------------
    @property
    def token(self) -> str | None:
        """The current user token: save it (or use `session_file=`) to skip signing in next time."""
        return self._state.token

    @property
    def token_expires_at(self) -> float | None:
        """When the token expires (Unix time), if the server said."""
        return self._state.expires_at

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def uad(self) -> str:
        """Stable installation id sent at sign-in."""
        return self._state.uad

    def session(self) -> Session:
        """A snapshot of the token, its expiry and the installation id, for saving."""
        from ._session import Session  # noqa: PLC0415

        return Session.from_state(self._state)

    def save_session(self, path: str | os.PathLike[str]) -> None:
        """Write the session to `path`, readable by the owner only."""
        self.session().save(path)

    def __repr__(self) -> str:
        signed_in = (
            "token" if self._state.token else ("credentials" if self._auth.credentials else "anonymous")
        )
        return f"<{type(self).__name__} base_url={self._base_url!r} auth={signed_in}>"

    # -- shared steps ----------------------------------------------------------------------
    def _build(self, op: Operation[Any], values: Sequence[Any], timeout: Timeout | NotGiven) -> httpx.Request:
        """The request for one call, with the app header and the current token already on it.

        The auth flow then only touches the request when the token changes (a sign-in), so the
        URL is built once per call.
        """
        if self._closed:
            raise KworkError(f"{op.method}: this client is closed; create a new one")
        if op.session == "start":
            values = self._session_defaults(op, values)
        encoded = encode(op, values)
        params = encoded.params
        token = self._state.token if op.auth != "none" else None
        if token is not None:
            params.append(("token", token))
        extensions: dict[str, Any] = {
            "kwork_operation": op,
            "kwork_token": token,
            "kwork_generation": self._state.generation,
        }
        chosen = self._timeout if isinstance(timeout, NotGiven) else check_timeout(timeout)
        try:
            return self._request_for(op, params, encoded, extensions, chosen)
        except httpx.InvalidURL as exc:
            raise KworkValidationError(
                f"{op.method}: the request URL is invalid ({exc}); an argument is probably far too long",
                method=op.method,
            ) from None

    def _session_defaults(self, op: Operation[Any], values: Sequence[Any]) -> list[Any]:
        """Sign-ins send this client's installation id and the kept captcha pass unless given."""
        known = {"uad": self._state.uad, "recaptcha_pass_token": self._state.recaptcha_pass_token}
        return [known.get(p.name) if v is None else v for p, v in zip(op.params, values, strict=True)]

    def _request_for(
        self,
        op: Operation[Any],
        params: list[tuple[str, Any]],
        encoded: Any,
        extensions: dict[str, Any],
        chosen: Timeout | NotGiven,
    ) -> httpx.Request:
        if self._owns_http:
            # our own pool: build the request directly, skipping the client's merging of
            # defaults it does not have (the client's send is skipped too, see _direct_transport)
            extensions["timeout"] = (
                DEFAULT_TIMEOUT if isinstance(chosen, NotGiven) else httpx.Timeout(chosen)
            ).as_dict()
            return httpx.Request(
                op.http_method,
                self._base_url + op.method,
                params=params or None,
                data=_form(encoded.data),
                files=encoded.files or None,
                headers=self._headers,
                extensions=extensions,
            )
        if not isinstance(chosen, NotGiven):
            extensions["timeout"] = httpx.Timeout(chosen).as_dict()
        return self._http.build_request(  # type: ignore[no-any-return]
            op.http_method,
            self._base_url + op.method,
            params=params or None,
            data=_form(encoded.data),
            files=encoded.files or None,
            headers=self._headers,
            extensions=extensions,
        )

    def _direct_transport(self, request: httpx.Request) -> Any:
        """The transport to drive directly, or None to go through the http client's `send`.

        For its own pool the SDK skips httpx's client layer (redirects, cookies, event hooks:
        none of which the Kwork API uses), which is most of the per-call cost; a client passed
        in by the caller keeps its full behaviour.
        """
        if not self._owns_http:
            return None
        return self._http._transport_for_url(request.url)

    def _finish(self, op: Operation[Any], response: httpx.Response) -> Any:
        result = _envelope.read(op, response.status_code, response.content, response.headers)
        if op.session == "start":
            self._state.adopt(result)
        elif op.session == "end":
            self._state.clear()
        return result

    def _retries(self, max_retries: int | NotGiven) -> int:
        checked = check_retries(max_retries)
        return self._retry.max_retries if isinstance(checked, NotGiven) else checked

    def _failed(self, op: Operation[Any], exc: BaseException) -> KworkError:
        if isinstance(exc, KworkError):
            return exc
        if isinstance(exc, httpx.DecodingError):  # a body that says gzip but is not: a garbled answer
            error: KworkError = KworkApiError(
                f"{op.method}: the answer could not be decoded ({exc})", method=op.method, transient=True
            )
        else:
            error = network_error(op.method, exc)
        if error is not exc:
            error.__cause__ = exc
        return error


class _Options(TypedDict, total=False):
    """Keyword options `login()` passes on to the constructor (typed for IDEs and mypy)."""

    base_url: str
    timeout: Timeout | NotGiven
    max_retries: int
    max_retry_after: float
    retry_policy: RetryPolicy | None
    app_auth: tuple[str, str]
    uad: str | None
    session_file: str | os.PathLike[str] | None


class _SyncOptions(_Options, total=False):
    http_client: httpx.Client | None


class _AsyncOptions(_Options, total=False):
    http_client: httpx.AsyncClient | None


def _form(pairs: list[tuple[str, str]]) -> dict[str, str | list[str]] | None:
    """httpx wants a mapping for form data; repeated names (`ids[]`) become lists."""
    if not pairs:
        return None
    out: dict[str, str | list[str]] = {}
    for name, value in pairs:
        have = out.get(name)
        if have is None:
            out[name] = value
        elif isinstance(have, list):
            have.append(value)
        else:
            out[name] = [have, value]
    return out


def _sign_in_values(login: str, password: str, phone_last: str | None, captcha: str | None) -> dict[str, Any]:
    return {"login": login, "password": password, "phone_last": phone_last, "g_recaptcha_response": captcha}


class KworkClient(SyncGroups, _ClientCore):
    """Blocking client, for scripts and notebooks (works inside a running event loop too).

    `KworkClient(token=...)` reuses a saved token; `KworkClient(login=..., password=...)` signs
    in on first need and again when the token expires; `KworkClient.login(...)` signs in now.

    Args:
        token: A saved user token (from `client.token` or a session file).
        login: User name or e-mail, to sign in on first need and again when the token expires.
        password: The account password (never logged or shown in reprs).
        phone_last: Last four digits of the account's phone, if Kwork asks for them (error 192).
        base_url: API root; the offline emulator's URL in tests.
        timeout: Seconds or an httpx.Timeout for every call (default: 5 s to connect, 30 s to
            read); None for no limit. Each call also takes `timeout=`.
        max_retries: Retries of replay-safe calls on transient failures (default 2); each call
            also takes `max_retries=`.
        max_retry_after: The longest Retry-After (seconds) the client waits out; a longer one
            raises KworkRateLimitError with `retry_after`.
        retry_policy: Full control of backoff (base and cap); overrides the two above.
        http_client: Your own httpx.Client (proxies, certificates, hooks); the client then
            leaves closing it to you.
        app_auth: The mobile app's Basic credentials; the public default is what the app sends.
        uad: A stable installation id sent at sign-in (random per client by default).
        session_file: A file to keep the token in across restarts (written with mode 0600).
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        login: str | None = None,
        password: str | None = None,
        phone_last: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        max_retry_after: float = 60.0,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        app_auth: tuple[str, str] = DEFAULT_APP_AUTH,
        uad: str | None = None,
        session_file: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__(
            token=token,
            login=login,
            password=password,
            phone_last=phone_last,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            retry_policy=retry_policy,
            app_auth=app_auth,
            uad=uad,
            session_file=session_file,
        )
        check_http_client(http_client, httpx.Client, "httpx.Client")
        self._owns_http = http_client is None
        self._http: httpx.Client = http_client or httpx.Client(
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            headers={"User-Agent": USER_AGENT},
        )

    @classmethod
    def login(
        cls,
        login: str,
        password: str,
        *,
        phone_last: str | None = None,
        g_recaptcha_response: str | None = None,
        **kwargs: Unpack[_SyncOptions],
    ) -> Self:
        """Sign in now and return a ready client (it also re-signs in when the token expires).

        With `session_file=` holding a valid token, no sign-in happens at all.
        """
        client = cls(login=login, password=password, phone_last=phone_last, **kwargs)
        if client.token is not None:  # restored from session_file: no need to sign in again
            return client
        try:
            client.auth.sign_in(
                **_sign_in_values(login, password, phone_last, g_recaptcha_response), uad=client.uad
            )
        except BaseException:
            client.close()
            raise
        return client

    def _request(
        self,
        op: Operation[T],
        values: Sequence[Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        request = self._build(op, values, timeout)
        retries = self._retries(max_retries)
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                transport = self._direct_transport(request)
                if transport is None:
                    response = self._http.send(request, auth=self._auth)
                else:
                    response = self._auth.send(request, transport)
                result: T = self._finish(op, response)
            except (httpx.RequestError, KworkError) as exc:
                error = self._failed(op, exc)
            else:
                log.debug(
                    "%s -> HTTP %d in %.1f ms",
                    op.method,
                    response.status_code,
                    (time.perf_counter() - started) * 1000,
                )
                return result
            delay = next_delay(self._retry, op, attempt, error, retries)
            if delay is None:
                raise error
            log.info(
                "%s failed (%s); retry %d/%d in %.2f s",
                op.method,
                type(error).__name__,
                attempt + 1,
                retries,
                delay,
            )
            attempt += 1
            time.sleep(delay)

    def close(self) -> None:
        """Close the connection pool (only if the client created it); later calls raise."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncKworkClient(AsyncGroups, _ClientCore):
    """Async client for services: the same groups and methods as KworkClient, awaited.

    By default it sends over aiohttp (kwork_api/_aiohttp.py), several times faster than
    httpx's own async pool; pass `http_client=httpx.AsyncClient(...)` to choose yourself.

    Args:
        token: A saved user token (from `client.token` or a session file).
        login: User name or e-mail, to sign in on first need and again when the token expires.
        password: The account password (never logged or shown in reprs).
        phone_last: Last four digits of the account's phone, if Kwork asks for them (error 192).
        base_url: API root; the offline emulator's URL in tests.
        timeout: Seconds or an httpx.Timeout for every call (default: 5 s to connect, 30 s to
            read); None for no limit. Each call also takes `timeout=`.
        max_retries: Retries of replay-safe calls on transient failures (default 2); each call
            also takes `max_retries=`.
        max_retry_after: The longest Retry-After (seconds) the client waits out; a longer one
            raises KworkRateLimitError with `retry_after`.
        retry_policy: Full control of backoff (base and cap); overrides the two above.
        http_client: Your own httpx.AsyncClient (proxies, certificates, hooks); the client then
            leaves closing it to you.
        app_auth: The mobile app's Basic credentials; the public default is what the app sends.
        uad: A stable installation id sent at sign-in (random per client by default).
        session_file: A file to keep the token in across restarts (written with mode 0600).
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        login: str | None = None,
        password: str | None = None,
        phone_last: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        max_retry_after: float = 60.0,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        app_auth: tuple[str, str] = DEFAULT_APP_AUTH,
        uad: str | None = None,
        session_file: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__(
            token=token,
            login=login,
            password=password,
            phone_last=phone_last,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            retry_policy=retry_policy,
            app_auth=app_auth,
            uad=uad,
            session_file=session_file,
        )
        check_http_client(http_client, httpx.AsyncClient, "httpx.AsyncClient")
        self._owns_http = http_client is None
        self._http: httpx.AsyncClient = http_client or _default_async_http(timeout)

    @classmethod
    async def login(
        cls,
        login: str,
        password: str,
        *,
        phone_last: str | None = None,
        g_recaptcha_response: str | None = None,
        **kwargs: Unpack[_AsyncOptions],
    ) -> Self:
        """Sign in now and return a ready client (it also re-signs in when the token expires).

        With `session_file=` holding a valid token, no sign-in happens at all.
        """
        client = cls(login=login, password=password, phone_last=phone_last, **kwargs)
        if client.token is not None:  # restored from session_file: no need to sign in again
            return client
        try:
            await client.auth.sign_in(
                **_sign_in_values(login, password, phone_last, g_recaptcha_response), uad=client.uad
            )
        except BaseException:
            await client.close()
            raise
        return client

    async def _request(
        self,
        op: Operation[T],
        values: Sequence[Any],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        import asyncio  # noqa: PLC0415  (loaded by any async caller already)

        request = self._build(op, values, timeout)
        retries = self._retries(max_retries)
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                transport = self._direct_transport(request)
                if transport is None:
                    response = await self._http.send(request, auth=self._auth)
                else:
                    response = await self._auth.send_async(request, transport)
                result: T = self._finish(op, response)
            except (httpx.RequestError, KworkError) as exc:
                error = self._failed(op, exc)
            else:
                log.debug(
                    "%s -> HTTP %d in %.1f ms",
                    op.method,
                    response.status_code,
                    (time.perf_counter() - started) * 1000,
                )
                return result
            delay = next_delay(self._retry, op, attempt, error, retries)
            if delay is None:
                raise error
            log.info(
                "%s failed (%s); retry %d/%d in %.2f s",
                op.method,
                type(error).__name__,
                attempt + 1,
                retries,
                delay,
            )
            attempt += 1
            await asyncio.sleep(delay)

    async def close(self) -> None:
        """Close the connection pool (only if the client created it); later calls raise."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _default_async_http(timeout: Timeout | NotGiven) -> httpx.AsyncClient:
    from ._aiohttp import AiohttpTransport  # noqa: PLC0415  (aiohttp is heavy: load on first use)

    return httpx.AsyncClient(
        transport=AiohttpTransport(),
        timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
        headers={"User-Agent": USER_AGENT},
    )
