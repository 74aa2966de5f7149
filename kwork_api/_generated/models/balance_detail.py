"""BalanceDetail: Where money from an order went, a payout to the seller or a refund to the buyer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type", "type", "str | None"),
        ("sum", "sum", "float | None"),
        ("last_digits", "last_digits", "str | None"),
        ("service_fee", "service_fee", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], BalanceDetail]]


def _from_wire(
    d: Any,
    where: str = "BalanceDetail",
    _new: Callable[[type[BalanceDetail]], BalanceDetail] = object.__new__,
    _s_type: Callable[[BalanceDetail, Any], None] = BalanceDetail.__dict__["type"].__set__,
    _s_sum: Callable[[BalanceDetail, Any], None] = BalanceDetail.__dict__["sum"].__set__,
    _s_last_digits: Callable[[BalanceDetail, Any], None] = BalanceDetail.__dict__["last_digits"].__set__,
    _s_service_fee: Callable[[BalanceDetail, Any], None] = BalanceDetail.__dict__["service_fee"].__set__,
    _s_additional_properties: Callable[[BalanceDetail, Any], None] = BalanceDetail.__dict__[
        "additional_properties"
    ].__set__,
) -> BalanceDetail:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "BalanceDetail.type")
    f_sum = g("sum")
    if f_sum is not None and f_sum.__class__ is not float and f_sum.__class__ is not int:
        f_sum = _c.to_float(f_sum, "BalanceDetail.sum")
    f_last_digits = g("last_digits")
    if f_last_digits is not None and f_last_digits.__class__ is not str:
        f_last_digits = _c.to_str(f_last_digits, "BalanceDetail.last_digits")
    f_service_fee = g("service_fee")
    if (
        f_service_fee is not None
        and f_service_fee.__class__ is not float
        and f_service_fee.__class__ is not int
    ):
        f_service_fee = _c.to_float(f_service_fee, "BalanceDetail.service_fee")
    o = _new(BalanceDetail)
    _s_type(o, f_type)
    _s_sum(o, f_sum)
    _s_last_digits(o, f_last_digits)
    _s_service_fee(o, f_service_fee)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


BalanceDetail._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
