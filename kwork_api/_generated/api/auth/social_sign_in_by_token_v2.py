"""`socialSignInByTokenv2`: Sign in with a social network's access token.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import auth_response as _m_auth_response

if TYPE_CHECKING:
    from ...models.auth_response import AuthResponse

OPERATION: Operation[AuthResponse] = Operation(
    method="socialSignInByTokenv2",
    auth="none",
    replay_safe=True,
    params=(
        Param("provider", "provider", "form", "plain", kind="str", required=True),
        Param("token", "token", "form", "plain", kind="str", required=True, secret=True),
        Param("email", "email", "form", "plain", kind="str"),
    ),
    result="envelope",
    parse=_m_auth_response.AuthResponse._from_wire,
    empty="error",
    paged=None,
    session="start",
    returns="AuthResponse",
)
