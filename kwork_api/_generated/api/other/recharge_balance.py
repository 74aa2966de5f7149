"""`rechargeBalance`: Get a payment link to top up the balance or pay for an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import payment_link as _m_payment_link

if TYPE_CHECKING:
    from ...models.payment_link import PaymentLink

OPERATION: Operation[PaymentLink] = Operation(
    method="rechargeBalance",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "orderId", "query", "plain", kind="int"),
        Param("payment_id", "payment_id", "query", "plain", kind="int"),
        Param("amount", "amount", "query", "plain", kind="float", required=True),
        Param("payment_type", "paymentType", "query", "plain", kind="str", required=True),
        Param("country_group_code", "country_group_code", "query", "plain", kind="str"),
    ),
    result="data",
    parse=_m_payment_link.PaymentLink._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="PaymentLink",
)
