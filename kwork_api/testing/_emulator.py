"""The emulator's engine: one request in, one reply out, no I/O.

The loopback HTTP server (`_server.py`) and the in-process httpx transport (`_transport.py`)
both feed requests to `Emulator.handle`, so they behave identically. Routing comes from the
generated operation tables (every method of the spec is served); methods whose state a user
would notice have hand-written handlers in `_handlers.py`; the rest answer spec-valid
sample data synthesized from the generated models.
"""

from __future__ import annotations

import base64
import functools
import importlib
import logging
import pkgutil
import random
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from kwork_api._auth import DEFAULT_APP_AUTH
from kwork_api._operation import Operation

from . import _data
from ._faults import Fault, Faults
from ._samples import sample_result

if TYPE_CHECKING:
    from kwork_api import AsyncKworkClient, KworkClient

log = logging.getLogger("kwork_api.testing")


@dataclass
class Request:
    """One call as the emulator sees it."""

    method: str
    query: list[tuple[str, str]] = field(default_factory=list)
    form: list[tuple[str, str]] = field(default_factory=list)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    http_method: str = "POST"

    @property
    def params(self) -> dict[str, str]:
        """Query and form values by name (the last one wins)."""
        return dict(self.query + self.form)

    def values(self, name: str) -> list[str]:
        return [v for k, v in self.query + self.form if k == name]

    @property
    def token(self) -> str | None:
        return next((v for k, v in self.query if k == "token"), None)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(
        default_factory=lambda: {"content-type": "application/json; charset=utf-8"}
    )
    #: Close the connection without answering (the request was or was not applied: see Fault).
    drop: bool = False
    #: Send only the first part of the body, then close.
    truncate: bool = False
    delay: float = 0.0


def server_error() -> Reply:
    """What PHP shows when it dies: HTTP 500 with an HTML page."""
    return Reply(500, b"<html><body>Internal Server Error</body></html>", {"content-type": "text/html"})


class ApiFault(Exception):
    """Raised by handlers: becomes Kwork's error envelope."""

    def __init__(self, message: str, code: int | None = None, *, status: int = 200, **extra: Any) -> None:
        super().__init__(message)
        self.message, self.code, self.status, self.extra = message, code, status, extra


Handler = Callable[["Emulator", Request, Operation[Any]], Any]
HANDLERS: dict[str, Handler] = {}


def handler(*methods: str) -> Callable[[Handler], Handler]:
    """Register a hand-written handler for wire methods (see _handlers.py)."""

    def register(fn: Handler) -> Handler:
        for m in methods:
            HANDLERS[m] = fn
        return fn

    return register


@functools.cache
def discover_operations() -> dict[str, Operation[Any]]:
    """Every Operation the generator produced, by wire method name (found once per process)."""
    from kwork_api._generated import api  # noqa: PLC0415

    ops: dict[str, Operation[Any]] = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        op = getattr(module, "OPERATION", None)
        if isinstance(op, Operation):
            ops[op.method] = op
    return ops


@dataclass
class Account:
    login: str
    password: str
    user_id: int
    #: "captcha": sign-in answers 118 until a captcha token is sent;
    #: "phone": answers 192 until phone_last matches `phone_last`.
    challenge: str | None = None
    phone_last: str = "1234"


class Emulator:
    """An offline Kwork API with a deterministic data set.

    Accounts: `demo` / `demo-password` signs in; `captcha` / `demo-password` needs a captcha
    (any non-empty `g-recaptcha-response` passes); `phone` / `demo-password` needs
    `phone_last="1234"`.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        projects: int = 150,
        page_size: int = 20,
        app_auth: tuple[str, str] = DEFAULT_APP_AUTH,
        token_lifetime: int = 2_592_000,
    ) -> None:
        self.seed = seed
        self.page_size = page_size
        self.project_count = projects
        self.token_lifetime = token_lifetime
        self._basic = "Basic " + base64.b64encode(":".join(app_auth).encode()).decode()
        self.lock = threading.RLock()
        self.operations = dict(discover_operations())
        self.faults = Faults(seed=seed)
        self.accounts = {
            a.login: a
            for a in (
                Account(_data.DEMO_LOGIN, _data.DEMO_PASSWORD, _data.DEMO_USER_ID),
                Account("captcha", _data.DEMO_PASSWORD, _data.DEMO_USER_ID + 1, challenge="captcha"),
                Account("phone", _data.DEMO_PASSWORD, _data.DEMO_USER_ID + 2, challenge="phone"),
            )
        }
        self.tokens: dict[str, int] = {}
        self.sign_ins = 0
        #: Requests received, faulted or not (retries show up here).
        self.requests = 0
        #: (method, params) of every call the emulator applied, in order (bounded).
        self.journal: list[tuple[str, dict[str, str]]] = []
        self.journal_limit = 100_000
        self.rng = random.Random(seed)
        # state users notice
        self.dialogs = _data.dialogs()
        self.next_message_id = 80_000_000
        self.favorites: set[int] = set()
        self.hidden: set[int] = set()
        self.order_notes: dict[int, str] = {}
        self.user_notes: dict[int, str] = {}
        self.sent_offers: dict[int, dict[str, Any]] = {}
        self.message_keys: dict[str, int] = {}
        #: Uploaded files by the path the API reported for them (a welcome file is always there).
        self.uploads: dict[str, tuple[str, bytes]] = {
            "files/demo/welcome.txt": ("welcome.txt", "Добро пожаловать на Kwork! 👋".encode()),
        }
        from . import _handlers  # noqa: F401, PLC0415  (registers the hand-written handlers)

    # -- clients served by this emulator ---------------------------------------------------------
    def client(self, **options: Any) -> KworkClient:
        """A KworkClient served in-process by this emulator (signed in as `demo` unless told)."""
        import httpx  # noqa: PLC0415

        from kwork_api import KworkClient  # noqa: PLC0415

        from ._transport import EmulatorTransport  # noqa: PLC0415

        return KworkClient(
            http_client=httpx.Client(transport=EmulatorTransport(self)), **self._options(options)
        )

    def async_client(self, **options: Any) -> AsyncKworkClient:
        """An AsyncKworkClient served in-process by this emulator."""
        import httpx  # noqa: PLC0415

        from kwork_api import AsyncKworkClient  # noqa: PLC0415

        from ._transport import EmulatorTransport  # noqa: PLC0415

        return AsyncKworkClient(
            http_client=httpx.AsyncClient(transport=EmulatorTransport(self)), **self._options(options)
        )

    def _options(self, options: dict[str, Any]) -> dict[str, Any]:
        options.setdefault("base_url", "http://kwork-emulator.test/")
        if "token" not in options and "login" not in options:
            options["token"] = self.issue_token()
        return options

    # -- test helpers ------------------------------------------------------------------------
    def issue_token(self, login: str = _data.DEMO_LOGIN) -> str:
        """A valid token for `login`, as if it had signed in."""
        token = secrets.token_hex(16)
        with self.lock:
            self.tokens[token] = self.accounts[login].user_id
        return token

    def expire_tokens(self) -> None:
        """Forget every token: the next user call gets the expired-token answer."""
        with self.lock:
            self.tokens.clear()

    def applied(self, method: str) -> list[dict[str, str]]:
        """Parameters of every applied call of `method`."""
        with self.lock:
            return [p for m, p in self.journal if m == method]

    def inject(self, kind: str, **options: Any) -> Fault:
        """Shortcut for `emulator.faults.add(...)`: see Faults. `methods` are wire names (`actor`)."""
        unknown = sorted(set(options.get("methods") or ()) - set(self.operations))
        if unknown:
            raise ValueError(
                f"unknown Kwork methods {unknown}: use wire names such as 'actor' or "
                "'inboxCreate' (each facade method's docstring names its Kwork method)"
            )
        return self.faults.add(kind, **options)

    # -- the engine ----------------------------------------------------------------------------
    def handle(self, request: Request) -> Reply:
        with self.lock:
            self.requests += 1
        fault = self.faults.pick(request.method)
        if fault is not None and not fault.applies_request:
            return fault.reply()
        reply = self._process(request)
        if fault is not None:
            return fault.after(reply)
        return reply

    def _process(self, request: Request) -> Reply:
        if request.headers.get("authorization") != self._basic:
            return Reply(401, b"Unauthorized", {"content-type": "text/plain"})
        op = self.operations.get(request.method)
        if op is not None and op.http_method != request.http_method:
            op = None
        if op is None:
            return self._json(
                {"success": False, "error": f"Метод {request.method} не найден", "error_code": 404},
                status=404,
            )
        user_id = self.tokens.get(request.token or "")
        if op.auth == "required" and user_id is None:
            return self._json(
                {"success": False, "error": "Неверный или просроченный токен авторизации"}, status=401
            )
        params = request.params
        missing = [p.wire for p in op.params if p.required and not _present(p, params, request)]
        if missing:
            return self._json(
                {"success": False, "error": f"Не хватает параметров: {', '.join(missing)}", "error_code": 100}
            )
        try:
            with self.lock:
                if len(self.journal) < self.journal_limit:
                    self.journal.append((op.method, params))
                body = HANDLERS.get(op.method, _generic)(self, request, op)
        except (ValueError, TypeError, KeyError, OverflowError) as crash:  # a PHP fatal error, in effect
            log.warning("emulator handler for %s failed: %r", op.method, crash)
            return server_error()
        except ApiFault as fault:
            data: dict[str, Any] = {"success": False, "error": fault.message}
            if fault.code is not None:
                data["error_code"] = fault.code
            data.update(fault.extra)
            return self._json(data, status=fault.status)
        if isinstance(body, Reply):  # a file answer
            return body
        return self._json(body)

    @staticmethod
    def _json(data: Any, status: int = 200) -> Reply:
        try:
            return Reply(status, orjson.dumps(data))
        except TypeError:  # e.g. an integer beyond 64 bits echoed back
            return server_error()

    # -- helpers for handlers ------------------------------------------------------------------
    def user_of(self, request: Request) -> int | None:
        return self.tokens.get(request.token or "")

    def page_of(self, request: Request) -> int:
        try:
            return max(1, int(request.params.get("page") or 1))
        except ValueError:
            raise ApiFault("Неверное значение параметра page", 101) from None

    def paging(self, page: int, total: int, limit: int | None = None) -> dict[str, int]:
        limit = limit or self.page_size
        return {"page": page, "pages": max(1, -(-total // limit)), "total": total, "limit": limit}


def _present(p: Any, params: Mapping[str, str], request: Request) -> bool:
    """Whether a required parameter arrived, in whatever wire form its style uses."""
    if p.style == "file":
        return p.wire in request.files
    if p.style == "spread":
        return True  # its keys are the caller's
    base = p.wire.split("[")[0]
    return p.wire in params or any(k.startswith(base + "[") for k in params)


def _generic(emu: Emulator, request: Request, op: Operation[Any]) -> Any:
    """Spec-valid sample data for methods without a hand-written handler."""
    return sample_result(
        op, seed=emu.seed, page=emu.page_of(request) if any(p.name == "page" for p in op.params) else 1
    )
