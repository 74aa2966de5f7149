"""`socialSignIn`: Sign in with a social network's authorization code.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import auth_response as _m_auth_response

if TYPE_CHECKING:
    from ...models.auth_response import AuthResponse

OPERATION: Operation[AuthResponse] = Operation(
    method="socialSignIn",
    auth="none",
    replay_safe=True,
    params=(
        Param("provider", "provider", "form", "plain", kind="str", required=True),
        Param("code", "code", "form", "plain", kind="str", required=True, secret=True),
        Param("redirect_uri", "redirect_uri", "form", "plain", kind="str", required=True),
        Param("user_type", "user_type", "form", "plain", kind="int"),
    ),
    result="envelope",
    parse=_m_auth_response.AuthResponse._from_wire,
    empty="error",
    paged=None,
    session="start",
    returns="AuthResponse",
)
