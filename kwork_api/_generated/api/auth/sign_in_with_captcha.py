"""`signInWithCaptcha`: Sign in with a login, password and solved captcha.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import auth_response as _m_auth_response

if TYPE_CHECKING:
    from ...models.auth_response import AuthResponse

OPERATION: Operation[AuthResponse] = Operation(
    method="signInWithCaptcha",
    auth="none",
    replay_safe=True,
    params=(
        Param("login", "login", "form", "plain", kind="str", required=True),
        Param("password", "password", "form", "plain", kind="str", required=True, secret=True),
        Param(
            "g_recaptcha_response",
            "g-recaptcha-response",
            "form",
            "plain",
            kind="str",
            required=True,
            secret=True,
        ),
        Param("phone_last", "phone_last", "form", "plain", kind="str", secret=True),
        Param("recaptcha_pass_token", "recaptcha_pass_token", "form", "plain", kind="str", secret=True),
        Param("uad", "uad", "form", "plain", kind="str"),
    ),
    result="envelope",
    parse=_m_auth_response.AuthResponse._from_wire,
    empty="error",
    paged=None,
    session="start",
    returns="AuthResponse",
)
