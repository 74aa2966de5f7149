"""`getActorInfo`: Get a short summary of the signed-in account.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import account_info as _m_account_info

if TYPE_CHECKING:
    from ...models.account_info import AccountInfo

OPERATION: Operation[AccountInfo] = Operation(
    method="getActorInfo",
    auth="required",
    replay_safe=True,
    params=(Param("uad", "uad", "form", "plain", kind="str"),),
    result="data",
    parse=_m_account_info.AccountInfo._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="AccountInfo",
)
