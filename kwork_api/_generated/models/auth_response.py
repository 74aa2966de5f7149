"""AuthResponse: Answer to a successful sign-in.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import auth_token as _m_auth_token

if TYPE_CHECKING:
    from .auth_token import AuthToken

_KNOWN = frozenset(
    {
        "success",
        "response",
        "phone_mask",
        "recaptcha_pass_token",
        "is_registration",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class AuthResponse(KworkModel):
    """Answer to a successful sign-in.

    Attributes:
        success: Always true on success.
        response: A user token and its lifetime.
        phone_mask: Masked phone number of the account, when the server shows one.
        recaptcha_pass_token: Token that lets later sign-ins skip the captcha.
        is_registration: True when this sign-in created the account.
    """

    success: bool
    response: AuthToken | None = None
    phone_mask: str | None = None
    recaptcha_pass_token: str | None = _attrs.field(default=None, repr=False)
    is_registration: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "AuthToken | None"),
        ("phone_mask", "phone_mask", "str | None"),
        ("recaptcha_pass_token", "recaptcha_pass_token", "str | None"),
        ("is_registration", "is_registration", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], AuthResponse]]


def _from_wire(
    d: Any,
    where: str = "AuthResponse",
    _new: Callable[[type[AuthResponse]], AuthResponse] = object.__new__,
    _s_success: Callable[[AuthResponse, Any], None] = AuthResponse.__dict__["success"].__set__,
    _s_response: Callable[[AuthResponse, Any], None] = AuthResponse.__dict__["response"].__set__,
    _s_phone_mask: Callable[[AuthResponse, Any], None] = AuthResponse.__dict__["phone_mask"].__set__,
    _s_recaptcha_pass_token: Callable[[AuthResponse, Any], None] = AuthResponse.__dict__[
        "recaptcha_pass_token"
    ].__set__,
    _s_is_registration: Callable[[AuthResponse, Any], None] = AuthResponse.__dict__[
        "is_registration"
    ].__set__,
    _s_additional_properties: Callable[[AuthResponse, Any], None] = AuthResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> AuthResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "AuthResponse.success")
        if f_success is None:
            raise _c.missing("AuthResponse.success")
    f_response = g("response")
    if f_response is not None:
        f_response = _c.to_model(f_response, _m_auth_token.AuthToken._from_wire, "AuthResponse.response")
    f_phone_mask = g("phone_mask")
    if f_phone_mask is not None and f_phone_mask.__class__ is not str:
        f_phone_mask = _c.to_str(f_phone_mask, "AuthResponse.phone_mask")
    f_recaptcha_pass_token = g("recaptcha_pass_token")
    if f_recaptcha_pass_token is not None and f_recaptcha_pass_token.__class__ is not str:
        f_recaptcha_pass_token = _c.to_str(f_recaptcha_pass_token, "AuthResponse.recaptcha_pass_token")
    f_is_registration = g("is_registration")
    if f_is_registration is not None and f_is_registration.__class__ is not bool:
        f_is_registration = _c.to_bool(f_is_registration, "AuthResponse.is_registration")
    o = _new(AuthResponse)
    _s_success(o, f_success)
    _s_response(o, f_response)
    _s_phone_mask(o, f_phone_mask)
    _s_recaptcha_pass_token(o, f_recaptcha_pass_token)
    _s_is_registration(o, f_is_registration)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


AuthResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
