"""`sendOrderReceiptLinkForVerification`: Send a link to a tax receipt for checking.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="sendOrderReceiptLinkForVerification",
    auth="required",
    replay_safe=False,
    params=(
        Param("receipt_id", "receiptId", "query", "plain", kind="int", required=True),
        Param("receipt_link", "receiptLink", "query", "plain", kind="str", required=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
