"""`getWebAuthToken`: Get a one-time link that signs a browser in to the website.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import web_auth_token as _m_web_auth_token

if TYPE_CHECKING:
    from ...models.web_auth_token import WebAuthToken

OPERATION: Operation[WebAuthToken] = Operation(
    method="getWebAuthToken",
    auth="required",
    replay_safe=True,
    params=(Param("url_to_redirect", "url_to_redirect", "query", "plain", kind="str"),),
    result="data",
    parse=_m_web_auth_token.WebAuthToken._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="WebAuthToken",
)
