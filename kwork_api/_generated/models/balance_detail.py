"""BalanceDetail: Where money from an order went, a payout to the seller or a refund to the buyer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "type",
        "sum",
        "last_digits",
        "service_fee",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class BalanceDetail(KworkModel):
    """Where money from an order went, a payout to the seller or a refund to the buyer.

    Attributes:
        type: Payout or refund method code.
        sum: Amount sent this way.
        last_digits: Last digits of the card, for a seller's payout to a card.
        service_fee: Service fee kept, for a buyer's refund.
    """

    type: str | None = None
    sum: float | None = None
    last_digits: str | None = None
    service_fee: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type", "type", "str | None"),
        ("sum", "sum", "float | None"),
        ("last_digits", "last_digits", "str | None"),
        ("service_fee", "service_fee", "float | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "BalanceDetail") -> BalanceDetail:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_type = g("type")
        if f_type is not None and f_type.__class__ is not str:
            f_type = _c.to_str(f_type, "BalanceDetail.type")
        f_sum = g("sum")
        if f_sum is not None and f_sum.__class__ is not float:
            f_sum = _c.to_float(f_sum, "BalanceDetail.sum")
        f_last_digits = g("last_digits")
        if f_last_digits is not None and f_last_digits.__class__ is not str:
            f_last_digits = _c.to_str(f_last_digits, "BalanceDetail.last_digits")
        f_service_fee = g("service_fee")
        if f_service_fee is not None and f_service_fee.__class__ is not float:
            f_service_fee = _c.to_float(f_service_fee, "BalanceDetail.service_fee")
        extra = d.keys() - _KNOWN
        return BalanceDetail(
            f_type,
            f_sum,
            f_last_digits,
            f_service_fee,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
