"""WebAuthToken: A one-time token that signs a browser in to the website, and the link that uses it.

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
        "expires_at",
        "url",
        "url_to_redirect",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class WebAuthToken(KworkModel):
    """A one-time token that signs a browser in to the website, and the link that uses it.

    Attributes:
        token: The one-time web sign-in token.
        expires_at: When the token expires (Unix time), about a minute after it was made.
        url: Link that signs the browser in; it carries the token, so treat it as a secret.
        url_to_redirect: Path the browser opens after signing in; null for the home page.
    """

    token: str = _attrs.field(repr=False)
    url: str = _attrs.field(repr=False)
    expires_at: int | None = None
    url_to_redirect: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("token", "token", "str"),
        ("expires_at", "expires_at", "int | None"),
        ("url", "url", "str"),
        ("url_to_redirect", "url_to_redirect", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], WebAuthToken]]


def _from_wire(
    d: Any,
    where: str = "WebAuthToken",
    _new: Callable[[type[WebAuthToken]], WebAuthToken] = object.__new__,
    _s_token: Callable[[WebAuthToken, Any], None] = WebAuthToken.__dict__["token"].__set__,
    _s_url: Callable[[WebAuthToken, Any], None] = WebAuthToken.__dict__["url"].__set__,
    _s_expires_at: Callable[[WebAuthToken, Any], None] = WebAuthToken.__dict__["expires_at"].__set__,
    _s_url_to_redirect: Callable[[WebAuthToken, Any], None] = WebAuthToken.__dict__[
        "url_to_redirect"
    ].__set__,
    _s_additional_properties: Callable[[WebAuthToken, Any], None] = WebAuthToken.__dict__[
        "additional_properties"
    ].__set__,
) -> WebAuthToken:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_token = g("token")
    if f_token.__class__ is not str:
        f_token = _c.to_str(f_token, "WebAuthToken.token")
        if f_token is None:
            raise _c.missing("WebAuthToken.token")
    f_url = g("url")
    if f_url.__class__ is not str:
        f_url = _c.to_str(f_url, "WebAuthToken.url")
        if f_url is None:
            raise _c.missing("WebAuthToken.url")
    f_expires_at = g("expires_at")
    if f_expires_at is not None and f_expires_at.__class__ is not int:
        f_expires_at = _c.to_int(f_expires_at, "WebAuthToken.expires_at")
    f_url_to_redirect = g("url_to_redirect")
    if f_url_to_redirect is not None and f_url_to_redirect.__class__ is not str:
        f_url_to_redirect = _c.to_str(f_url_to_redirect, "WebAuthToken.url_to_redirect")
    o = _new(WebAuthToken)
    _s_token(o, f_token)
    _s_url(o, f_url)
    _s_expires_at(o, f_expires_at)
    _s_url_to_redirect(o, f_url_to_redirect)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


WebAuthToken._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
