"""`verifySmsCodeForAccountDeleting`: Confirm deleting the account with the code sent by `delete_account`.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import account_deletion as _m_account_deletion

if TYPE_CHECKING:
    from ...models.account_deletion import AccountDeletion

OPERATION: Operation[AccountDeletion] = Operation(
    method="verifySmsCodeForAccountDeleting",
    auth="required",
    replay_safe=False,
    params=(Param("code", "code", "query", "plain", kind="str", required=True, secret=True),),
    result="data",
    parse=_m_account_deletion.AccountDeletion._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="AccountDeletion",
)
