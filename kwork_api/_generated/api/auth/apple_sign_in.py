"""`appleSignIn`: Sign in with an Apple ID.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import auth_response as _m_auth_response

if TYPE_CHECKING:
    from ...models.auth_response import AuthResponse

OPERATION: Operation[AuthResponse] = Operation(
    method="appleSignIn",
    auth="none",
    replay_safe=True,
    params=(
        Param("apple_user_id", "apple_user_id", "form", "plain", kind="str", required=True),
        Param(
            "authorization_code",
            "authorization_code",
            "form",
            "plain",
            kind="str",
            required=True,
            secret=True,
        ),
        Param("token", "token", "form", "plain", kind="str", required=True, secret=True),
        Param("email", "email", "form", "plain", kind="str"),
        Param("user_type", "user_type", "form", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_auth_response.AuthResponse._from_wire,
    empty="error",
    paged=None,
    session="start",
    returns="AuthResponse",
)
