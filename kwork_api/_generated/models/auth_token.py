"""AuthToken: A user token and its lifetime.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "token",
        "expired",
        "need_2fa",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class AuthToken(KworkModel):
    """A user token and its lifetime.

    Attributes:
        token: The user token to send with user calls.
        expired: Seconds until the token expires.
        need_2fa: True when the account still has to pass two-factor confirmation.
    """

    token: str = _attrs.field(repr=False)
    expired: int | None = None
    need_2fa: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("token", "token", "str"),
        ("expired", "expired", "int | None"),
        ("need_2fa", "need_2fa", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], AuthToken]]


def _from_wire(
    d: Any,
    where: str = "AuthToken",
    _new: Callable[[type[AuthToken]], AuthToken] = object.__new__,
    _s_token: Callable[[AuthToken, Any], None] = AuthToken.__dict__["token"].__set__,
    _s_expired: Callable[[AuthToken, Any], None] = AuthToken.__dict__["expired"].__set__,
    _s_need_2fa: Callable[[AuthToken, Any], None] = AuthToken.__dict__["need_2fa"].__set__,
    _s_additional_properties: Callable[[AuthToken, Any], None] = AuthToken.__dict__[
        "additional_properties"
    ].__set__,
) -> AuthToken:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_token = g("token")
    if f_token.__class__ is not str:
        f_token = _c.to_str(f_token, "AuthToken.token")
        if f_token is None:
            raise _c.missing("AuthToken.token")
    f_expired = g("expired")
    if f_expired is not None and f_expired.__class__ is not int:
        f_expired = _c.to_int(f_expired, "AuthToken.expired")
    f_need_2fa = g("need_2fa")
    if f_need_2fa is not None and f_need_2fa.__class__ is not bool:
        f_need_2fa = _c.to_bool(f_need_2fa, "AuthToken.need_2fa")
    o = _new(AuthToken)
    _s_token(o, f_token)
    _s_expired(o, f_expired)
    _s_need_2fa(o, f_need_2fa)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


AuthToken._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
