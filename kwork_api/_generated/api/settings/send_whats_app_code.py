"""`sendWhatsAppCode`: Send a phone confirmation code by WhatsApp.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import whats_app_code_sent as _m_whats_app_code_sent

if TYPE_CHECKING:
    from ...models.whats_app_code_sent import WhatsAppCodeSent

OPERATION: Operation[WhatsAppCodeSent] = Operation(
    method="sendWhatsAppCode",
    auth="required",
    replay_safe=False,
    params=(
        Param("phone", "phone", "query", "plain", kind="str"),
        Param("hash", "hash", "query", "plain", kind="str", secret=True),
    ),
    result="data",
    parse=_m_whats_app_code_sent.WhatsAppCodeSent._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="WhatsAppCodeSent",
)
