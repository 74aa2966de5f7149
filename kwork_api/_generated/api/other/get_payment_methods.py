"""`getPaymentMethods`: List the ways to top up the balance, with the service fee rules.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import payment_methods as _m_payment_methods

if TYPE_CHECKING:
    from ...models.payment_methods import PaymentMethods

OPERATION: Operation[PaymentMethods] = Operation(
    method="getPaymentMethods",
    auth="required",
    replay_safe=True,
    params=(Param("with_company", "withCompany", "query", "plain", kind="bool"),),
    result="data",
    parse=_m_payment_methods.PaymentMethods._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="PaymentMethods",
)
