"""`signUp`: Create an account and sign in to it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import auth_response as _m_auth_response

if TYPE_CHECKING:
    from ...models.auth_response import AuthResponse

OPERATION: Operation[AuthResponse] = Operation(
    method="signUp",
    auth="none",
    replay_safe=False,
    params=(
        Param("username", "username", "form", "plain", kind="str", required=True),
        Param("email", "email", "form", "plain", kind="str", required=True),
        Param("password", "password", "form", "plain", kind="str", required=True, secret=True),
        Param("type", "type", "form", "plain", kind="str"),
        Param("promocode", "promocode", "form", "plain", kind="str"),
        Param("g_recaptcha_response", "g-recaptcha-response", "form", "plain", kind="str", secret=True),
    ),
    result="envelope",
    parse=_m_auth_response.AuthResponse._from_wire,
    empty="error",
    paged=None,
    session="start",
    returns="AuthResponse",
)
