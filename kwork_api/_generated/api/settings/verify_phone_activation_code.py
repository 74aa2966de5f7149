"""`verifyPhoneActivationCode`: Confirm a phone number with the code sent to it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import confirmed_phone as _m_confirmed_phone

if TYPE_CHECKING:
    from ...models.confirmed_phone import ConfirmedPhone

OPERATION: Operation[ConfirmedPhone] = Operation(
    method="verifyPhoneActivationCode",
    auth="required",
    replay_safe=False,
    params=(Param("code", "code", "query", "plain", kind="str", required=True, secret=True),),
    result="data",
    parse=_m_confirmed_phone.ConfirmedPhone._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="ConfirmedPhone",
)
