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
from ._logging import log
from ._options import check_path

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
            detail = "; ".join(str(e) for e in getattr(exc, "exceptions", [exc]))
            raise KworkError(f"not a kwork-api session ({detail})") from None

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically with owner-only permissions."""
        target = Path(check_path(path, "path")).expanduser()
        if target.is_dir():
            raise KworkError(f"cannot save the session to {target}: it is a directory")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._write(target)
        except OSError as exc:
            raise KworkError(f"cannot save the session to {target}: {exc.strerror or exc}") from None

    def _write(self, target: Path) -> None:
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
        target = Path(check_path(path, "path")).expanduser()
        try:
            return cls.from_dict(orjson.loads(target.read_bytes()))
        except OSError as exc:
            raise KworkError(f"cannot read the session file {target}: {exc.strerror or exc}") from None
        except orjson.JSONDecodeError as exc:
            raise KworkError(f"cannot read the session file {target}: not JSON ({exc})") from None


def _converter() -> cattrs.Converter:
    import cattrs  # noqa: PLC0415  (only needed when saving or loading)

    return cattrs.Converter(forbid_extra_keys=False)


def attach(state: TokenState, path: str | os.PathLike[str], *, keep_token: bool) -> None:
    """Load a saved session into `state` (unless expired) and save every later change.

    A broken or unwritable file never stops the client: it is reported in the log, the
    client signs in as if there were none, and the token stays usable in memory.
    """
    target = Path(path).expanduser()
    if target.exists():
        try:
            saved = Session.load(target)
        except KworkError as exc:
            log.warning("ignoring the saved session: %s", exc)
        else:
            state.uad = saved.uad
            state.recaptcha_pass_token = saved.recaptcha_pass_token
            if not keep_token and saved.token and not saved.expired:
                state.token, state.expires_at = saved.token, saved.expires_at

    def persist(changed: TokenState) -> None:
        try:
            if changed.token is None:
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
            else:
                Session.from_state(changed).save(target)
        except (KworkError, OSError) as exc:
            log.warning("could not save the session (the token stays in memory): %s", exc)

    state.listeners.append(persist)
