"""Authentication as one httpx.Auth flow for both clients.

Every request gets the app's Basic header. User calls get `token=` in the query; with a
login and password the flow signs in on first need, and when the server rejects the token
it signs in once and replays the call once. Concurrent calls that hit the same expired
token share one sign-in: the flow asks its driver for a lock (the `_LOCK` marker), and the
sync and async drivers differ only in the kind of lock and in how they read a body.
"""

from __future__ import annotations

import base64
import threading
import time
import uuid
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from . import _envelope
from ._errors import KworkAuthError
from ._operation import Operation

if TYPE_CHECKING:
    import asyncio

    from ._generated.models.auth_response import AuthResponse

#: The public credentials of Kwork's mobile app; the production server refuses calls without them.
DEFAULT_APP_AUTH = ("mobile_api", "qFvfRl7w")

_LOCK: Any = object()
_UNLOCK: Any = object()
Flow = Generator[Any, httpx.Response, None]


def basic_header(app_auth: tuple[str, str]) -> str:
    user, password = app_auth
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


@dataclass(repr=False)
class Credentials:
    login: str
    password: str
    phone_last: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(login={self.login!r}, password=***)"


class TokenState:
    """The current token and what goes with it; shared by a client and its auth flow."""

    def __init__(
        self, token: str | None = None, expires_at: float | None = None, uad: str | None = None
    ) -> None:
        self.token = token
        self.expires_at = expires_at
        self.uad = uad or uuid.uuid4().hex
        self.recaptcha_pass_token: str | None = None
        #: Bumped on every change, so a waiting call can tell someone else already signed in.
        self.generation = 0
        self.listeners: list[Callable[[TokenState], None]] = []

    def __repr__(self) -> str:
        return f"TokenState(token={'***' if self.token else None}, expires_at={self.expires_at!r})"

    def adopt(self, answer: AuthResponse) -> None:
        """Take the token (and captcha pass) from a successful sign-in."""
        data = answer.response
        if data is None:
            raise KworkAuthError("signIn: the server answered without a token", method="signIn")
        self.token = data.token
        self.expires_at = time.time() + data.expired if data.expired else None
        if answer.recaptcha_pass_token:
            self.recaptcha_pass_token = answer.recaptcha_pass_token
        self._changed()

    def clear(self) -> None:
        self.token = None
        self.expires_at = None
        self._changed()

    def set(self, token: str | None, expires_at: float | None = None) -> None:
        self.token = token
        self.expires_at = expires_at
        self._changed()

    def _changed(self) -> None:
        self.generation += 1
        for listener in self.listeners:
            listener(self)


def _sign_in_operation() -> Operation[Any]:
    from ._generated.api.auth import sign_in  # noqa: PLC0415  (only needed when signing in)

    return sign_in.OPERATION


#: Error envelopes are a few hundred bytes; a larger answer carries data, not a token error.
_ERROR_ENVELOPE_MAX = 8192


def _looks_rejected(response: httpx.Response) -> bool:
    """Cheap pre-check before decoding a body twice: could this answer be a token error?"""
    if response.status_code in (401, 403):
        return True
    content = response.content
    return len(content) <= _ERROR_ENVELOPE_MAX and b'"error' in content and b"false" in content


class KworkAuth(httpx.Auth):
    """Basic app header, user token, lazy sign-in and one re-sign-in on a rejected token."""

    requires_response_body = True

    def __init__(
        self, *, app_auth: tuple[str, str], state: TokenState, credentials: Credentials | None, base_url: str
    ) -> None:
        self._header = basic_header(app_auth)
        self.state = state
        self.credentials = credentials
        self._sign_in_url = base_url + "signIn"
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self._async_lock_loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return f"KworkAuth(state={self.state!r}, credentials={self.credentials!r})"

    # -- the decisions, written once ---------------------------------------------------------
    def auth_flow(self, request: httpx.Request) -> Flow:
        op: Operation[Any] | None = request.extensions.get("kwork_operation")
        if "Authorization" not in request.headers:  # the SDK's requests carry it already
            request.headers["Authorization"] = self._header
        use = op.auth if op is not None else "none"
        if use == "none" or op is None:
            yield request
            return
        state = self.state
        token = state.token
        if token is None and use == "required":
            if self.credentials is None:
                raise KworkAuthError(
                    f"{op.method}: this method needs a signed-in user; pass token= or login= and password=",
                    method=op.method,
                )
            token = yield from self._sign_in(request, state.generation)
        if token is not None and token != request.extensions.get("kwork_token"):
            _set_token(request, token)
            seen = state.generation
        else:  # the token the request was built with: what counts is when that one was current
            seen = request.extensions.get("kwork_generation", state.generation)
        response = yield request
        if self.credentials is None or not _looks_rejected(response):
            return
        error = _envelope.classify(
            op, response.status_code, _envelope.decode(response.content), response.content, response.headers
        )
        if error is None or not _envelope.is_token_rejected(error):
            return
        token = yield from self._sign_in(request, seen)
        _set_token(request, token)
        yield request

    def _sign_in(self, request: httpx.Request, seen: int) -> Generator[Any, httpx.Response, str]:
        """Sign in (under the lock) unless another call already replaced the token we saw."""
        yield _LOCK
        state = self.state
        if state.generation != seen and state.token is not None:
            yield _UNLOCK
            return state.token
        answer = yield self.sign_in_request(request.extensions.get("timeout"))
        op = _sign_in_operation()
        state.adopt(_envelope.read(op, answer.status_code, answer.content, answer.headers))
        yield _UNLOCK
        assert state.token is not None
        return state.token

    def sign_in_request(self, timeout: Any = None) -> httpx.Request:
        creds = self.credentials
        assert creds is not None
        form = {"login": creds.login, "password": creds.password, "uad": self.state.uad}
        if creds.phone_last:
            form["phone_last"] = creds.phone_last
        if self.state.recaptcha_pass_token:
            form["recaptcha_pass_token"] = self.state.recaptcha_pass_token
        extensions: dict[str, Any] = {"kwork_operation": _sign_in_operation()}
        if timeout is not None:
            extensions["timeout"] = timeout
        return httpx.Request(
            "POST",
            self._sign_in_url,
            data=form,
            headers={"Authorization": self._header},
            extensions=extensions,
        )

    # -- sending without an http client: the SDK's own pool (see KworkClient._direct_transport)
    def passes_through(self, request: httpx.Request) -> bool:
        """True when the flow would send `request` unchanged: nothing to sign in, token current."""
        op: Operation[Any] | None = request.extensions.get("kwork_operation")
        if op is None or op.auth == "none":
            return True
        token = self.state.token
        return token == request.extensions.get("kwork_token") and (token is not None or op.auth == "optional")

    def must_inspect(self, response: httpx.Response) -> bool:
        """True when an answer may be a rejected token the flow could cure by signing in."""
        return self.credentials is not None and _looks_rejected(response)

    def send(self, request: httpx.Request, transport: httpx.BaseTransport) -> httpx.Response:
        """Send through this flow over a transport: httpx.Client.send minus what Kwork never uses.

        The common call (token current, answer fine) skips the generator machinery; anything
        else runs the flow, so every auth decision stays in `auth_flow`.
        """
        response: httpx.Response | None = None
        if self.passes_through(request):
            response = transport.handle_request(request)
            response.request = request
            response.read()
            if not self.must_inspect(response):
                return response
        sent_token = request.extensions.get("kwork_token")
        flow = self.sync_auth_flow(request)
        try:
            request = next(flow)
            if response is not None and _token_of(request) != sent_token:
                response = None  # another call signed in meanwhile: resend, do not judge the stale answer
            while True:
                if response is None:
                    response = transport.handle_request(request)
                    response.request = request
                    response.read()
                try:
                    request = flow.send(response)
                except StopIteration:
                    return response
                response = None
        finally:
            flow.close()

    async def send_async(self, request: httpx.Request, transport: httpx.AsyncBaseTransport) -> httpx.Response:
        response: httpx.Response | None = None
        if self.passes_through(request):
            response = await transport.handle_async_request(request)
            response.request = request
            await response.aread()
            if not self.must_inspect(response):
                return response
        sent_token = request.extensions.get("kwork_token")
        flow = self.async_auth_flow(request)
        try:
            request = await flow.__anext__()
            if response is not None and _token_of(request) != sent_token:
                response = None  # another call signed in meanwhile: resend, do not judge the stale answer
            while True:
                if response is None:
                    response = await transport.handle_async_request(request)
                    response.request = request
                    await response.aread()
                try:
                    request = await flow.asend(response)
                except StopAsyncIteration:
                    return response
                response = None
        finally:
            await flow.aclose()

    # -- the drivers: only locking and body reading differ ---------------------------------
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth_flow(request)
        held = False
        try:
            item = next(flow)
            while True:
                if item is _LOCK:
                    self._thread_lock.acquire()
                    held = True
                    item = next(flow)
                elif item is _UNLOCK:
                    self._thread_lock.release()
                    held = False
                    item = next(flow)
                else:
                    response = yield item
                    response.read()
                    item = flow.send(response)
        except StopIteration:
            return
        finally:
            if held:
                self._thread_lock.release()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        import asyncio  # noqa: PLC0415

        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock_loop is not loop:  # one lock per event loop
            self._async_lock, self._async_lock_loop = asyncio.Lock(), loop
        lock = self._async_lock
        flow = self.auth_flow(request)
        held = False
        try:
            item = next(flow)
            while True:
                if item is _LOCK:
                    await lock.acquire()
                    held = True
                    item = next(flow)
                elif item is _UNLOCK:
                    lock.release()
                    held = False
                    item = next(flow)
                else:
                    response = yield item
                    await response.aread()
                    item = flow.send(response)
        except StopIteration:
            return
        finally:
            if held:
                lock.release()


def _token_of(request: httpx.Request) -> str | None:
    token: str | None = request.url.params.get("token")
    return token


def _set_token(request: httpx.Request, token: str) -> None:
    request.url = request.url.copy_set_param("token", token)
