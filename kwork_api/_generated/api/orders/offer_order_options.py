"""`offerOrderOptions`: Offer the buyer extras for an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import extras_offer_result as _m_extras_offer_result

if TYPE_CHECKING:
    from ...models.extras_offer_result import ExtrasOfferResult

OPERATION: Operation[ExtrasOfferResult] = Operation(
    method="offerOrderOptions",
    auth="required",
    replay_safe=False,
    params=(
        Param("order_id", "orderId", "query", "plain", kind="int", required=True),
        Param("options", "options", "query", "keyed"),
        Param("custom_options", "customOptions", "query", "keyed"),
        Param("updated_package", "updatedPackage", "query", "plain", kind="str"),
    ),
    result="data",
    parse=_m_extras_offer_result.ExtrasOfferResult._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="ExtrasOfferResult",
)
