"""`deleteAccount`: Start deleting the signed-in account.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import account_deletion as _m_account_deletion

if TYPE_CHECKING:
    from ...models.account_deletion import AccountDeletion

OPERATION: Operation[AccountDeletion] = Operation(
    method="deleteAccount",
    auth="required",
    replay_safe=False,
    params=(),
    result="data",
    parse=_m_account_deletion.AccountDeletion._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="AccountDeletion",
)
