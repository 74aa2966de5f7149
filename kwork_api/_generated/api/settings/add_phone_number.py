"""`addPhoneNumber`: Send a confirmation code to add a phone number to the account.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import phone_confirmation as _m_phone_confirmation

if TYPE_CHECKING:
    from ...models.phone_confirmation import PhoneConfirmation

OPERATION: Operation[PhoneConfirmation] = Operation(
    method="addPhoneNumber",
    auth="required",
    replay_safe=False,
    params=(Param("phone", "phone", "query", "plain", kind="str", required=True),),
    result="data",
    parse=_m_phone_confirmation.PhoneConfirmation._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="PhoneConfirmation",
)
