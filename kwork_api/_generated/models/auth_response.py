"""AuthResponse: Answer to a successful sign-in.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "AuthToken | None"),
        ("phone_mask", "phone_mask", "str | None"),
        ("recaptcha_pass_token", "recaptcha_pass_token", "str | None"),
        ("is_registration", "is_registration", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "AuthResponse") -> AuthResponse:
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
        extra = d.keys() - _KNOWN
        return AuthResponse(
            f_success,
            f_response,
            f_phone_mask,
            f_recaptcha_pass_token,
            f_is_registration,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
