"""`requestPhoneChanging`: Start replacing the account's phone number.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import phone_change_permit as _m_phone_change_permit

if TYPE_CHECKING:
    from ...models.phone_change_permit import PhoneChangePermit

OPERATION: Operation[PhoneChangePermit] = Operation(
    method="requestPhoneChanging",
    auth="required",
    replay_safe=False,
    params=(
        Param("phone_last", "phone_last", "query", "plain", kind="str", secret=True),
        Param("password", "password", "query", "plain", kind="str", secret=True),
    ),
    result="data",
    parse=_m_phone_change_permit.PhoneChangePermit._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="PhoneChangePermit",
)
