"""`getSecurityUserData`: Get the account's security details.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import security_info as _m_security_info

if TYPE_CHECKING:
    from ...models.security_info import SecurityInfo

OPERATION: Operation[SecurityInfo] = Operation(
    method="getSecurityUserData",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_security_info.SecurityInfo._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="SecurityInfo",
)
