"""Saved sessions: keep a token across restarts instead of signing in on every start.

Kwork's firewall punishes frequent sign-ins, so services should persist the token. The file
is JSON, written atomically and readable by its owner only (mode 0600).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import orjson

from ._errors import KworkError

if TYPE_CHECKING:
    import cattrs

    from ._auth import TokenState

FORMAT_VERSION = 1


@attrs.frozen(repr=False)
class Session:
    """A token, its expiry (Unix time) and the installation id it was issued to."""

    token: str | None
    expires_at: float | None
    uad: str
    recaptcha_pass_token: str | None = None
    version: int = FORMAT_VERSION

    def __repr__(self) -> str:
        token = "***" if self.token else None
        return f"Session(token={token}, expires_at={self.expires_at!r}, uad={self.uad!r})"

    @property
    def expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= time.time() + 60

    @classmethod
    def from_state(cls, state: TokenState) -> Session:
        return cls(state.token, state.expires_at, state.uad, state.recaptcha_pass_token)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _converter().unstructure(self)
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Session:
        try:
            return _converter().structure(data, cls)
        except Exception as exc:  # cattrs raises several kinds; all mean "not a session"
            raise KworkError(f"not a kwork-api session: {type(exc).__name__}") from None

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically with owner-only permissions."""
        target = Path(path).expanduser()
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".kwork-session-")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(orjson.dumps(self.to_dict()))
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Session:
        try:
            raw = Path(path).expanduser().read_bytes()
            return cls.from_dict(orjson.loads(raw))
        except (OSError, orjson.JSONDecodeError) as exc:
            raise KworkError(f"cannot read session file {Path(path).name!r}: {type(exc).__name__}") from None


def _converter() -> cattrs.Converter:
    import cattrs  # noqa: PLC0415  (only needed when saving or loading)

    return cattrs.Converter(forbid_extra_keys=False)


def attach(state: TokenState, path: str | os.PathLike[str], *, keep_token: bool) -> None:
    """Load a saved session into `state` (unless expired) and save every later change."""
    target = Path(path).expanduser()
    if target.exists():
        saved = Session.load(target)
        state.uad = saved.uad
        state.recaptcha_pass_token = saved.recaptcha_pass_token
        if not keep_token and saved.token and not saved.expired:
            state.token, state.expires_at = saved.token, saved.expires_at

    def persist(changed: TokenState) -> None:
        if changed.token is None:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        else:
            Session.from_state(changed).save(target)

    state.listeners.append(persist)
