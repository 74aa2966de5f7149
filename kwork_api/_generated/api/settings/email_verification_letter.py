"""`emailVerificationLetter`: Send a letter to confirm the account's e-mail address.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import email_confirmation_sent as _m_email_confirmation_sent

if TYPE_CHECKING:
    from ...models.email_confirmation_sent import EmailConfirmationSent

OPERATION: Operation[EmailConfirmationSent] = Operation(
    method="emailVerificationLetter",
    auth="required",
    replay_safe=False,
    params=(Param("email", "email", "query", "plain", kind="str"),),
    result="data",
    parse=_m_email_confirmation_sent.EmailConfirmationSent._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="EmailConfirmationSent",
)
