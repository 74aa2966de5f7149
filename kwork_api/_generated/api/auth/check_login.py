"""`checkLogin`: Check whether a user name is free.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import login_availability as _m_login_availability

if TYPE_CHECKING:
    from ...models.login_availability import LoginAvailability

OPERATION: Operation[LoginAvailability] = Operation(
    method="checkLogin",
    auth="none",
    replay_safe=True,
    params=(Param("login", "login", "form", "plain", kind="str", required=True),),
    result="data",
    parse=_m_login_availability.LoginAvailability._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="LoginAvailability",
)
