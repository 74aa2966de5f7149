"""PaymentMethods: Payment methods and the service fee rules. With `service_fee_type` `min_or_percent` the fee is `service_fee_min` up to `service_fee_min_percent_sum` and `service_fee_percent` above it; with `percent_and_fixed` it is `service_fee_percent` plus `service_fee_fixed`.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import payment_method as _m_payment_method
from . import service_fee_level as _m_service_fee_level

if TYPE_CHECKING:
    from .payment_method import PaymentMethod
    from .service_fee_level import ServiceFeeLevel

_KNOWN = frozenset(
    {
        "service_fee_type",
        "service_fee_min",
        "service_fee_percent",
        "service_fee_min_percent_sum",
        "service_fee_fixed",
        "payment_type_available_collection",
        "currency",
        "service_fee_percent_levels",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PaymentMethods(KworkModel):
    """Payment methods and the service fee rules. With `service_fee_type` `min_or_percent` the fee is
    `service_fee_min` up to `service_fee_min_percent_sum` and `service_fee_percent` above it; with
    `percent_and_fixed` it is `service_fee_percent` plus `service_fee_fixed`.

    Attributes:
        service_fee_type: How the fee is computed, `min_or_percent` or `percent_and_fixed`.
        service_fee_min: Fixed minimum fee for `min_or_percent`.
        service_fee_percent: Fee in percent of the amount.
        service_fee_min_percent_sum: Amount from which `min_or_percent` charges the percentage
            instead of the minimum.
        service_fee_fixed: Fixed part added to the percentage for `percent_and_fixed`.
        payment_type_available_collection: Payment methods the user can use.
        currency: Currency of the amounts, such as `RUB`.
        service_fee_percent_levels: Fee percentages by amount, lowest amount first.
    """

    service_fee_type: str | None = None
    service_fee_min: int | None = None
    service_fee_percent: float | None = None
    service_fee_min_percent_sum: int | None = None
    service_fee_fixed: int | None = None
    payment_type_available_collection: list[PaymentMethod] | None = _attrs.field(default=None, hash=False)
    currency: str | None = None
    service_fee_percent_levels: list[ServiceFeeLevel] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("service_fee_type", "service_fee_type", "str | None"),
        ("service_fee_min", "service_fee_min", "int | None"),
        ("service_fee_percent", "service_fee_percent", "float | None"),
        ("service_fee_min_percent_sum", "service_fee_min_percent_sum", "int | None"),
        ("service_fee_fixed", "service_fee_fixed", "int | None"),
        (
            "payment_type_available_collection",
            "payment_type_available_collection",
            "list[PaymentMethod] | None",
        ),
        ("currency", "currency", "str | None"),
        ("service_fee_percent_levels", "service_fee_percent_levels", "list[ServiceFeeLevel] | None"),
    )

    @property
    def methods(self) -> list[PaymentMethod] | None:
        """Same as `payment_type_available_collection`."""
        return self.payment_type_available_collection

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PaymentMethods]]


def _from_wire(
    d: Any,
    where: str = "PaymentMethods",
    _new: Callable[[type[PaymentMethods]], PaymentMethods] = object.__new__,
    _s_service_fee_type: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__[
        "service_fee_type"
    ].__set__,
    _s_service_fee_min: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__[
        "service_fee_min"
    ].__set__,
    _s_service_fee_percent: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__[
        "service_fee_percent"
    ].__set__,
    _s_service_fee_min_percent_sum: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__[
        "service_fee_min_percent_sum"
    ].__set__,
    _s_service_fee_fixed: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__[
        "service_fee_fixed"
    ].__set__,
    _s_payment_type_available_collection: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__[
        "payment_type_available_collection"
    ].__set__,
    _s_currency: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__["currency"].__set__,
    _s_service_fee_percent_levels: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__[
        "service_fee_percent_levels"
    ].__set__,
    _s_additional_properties: Callable[[PaymentMethods, Any], None] = PaymentMethods.__dict__[
        "additional_properties"
    ].__set__,
) -> PaymentMethods:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_service_fee_type = g("service_fee_type")
    if f_service_fee_type is not None and f_service_fee_type.__class__ is not str:
        f_service_fee_type = _c.to_str(f_service_fee_type, "PaymentMethods.service_fee_type")
    f_service_fee_min = g("service_fee_min")
    if f_service_fee_min is not None and f_service_fee_min.__class__ is not int:
        f_service_fee_min = _c.to_int(f_service_fee_min, "PaymentMethods.service_fee_min")
    f_service_fee_percent = g("service_fee_percent")
    if (
        f_service_fee_percent is not None
        and f_service_fee_percent.__class__ is not float
        and f_service_fee_percent.__class__ is not int
    ):
        f_service_fee_percent = _c.to_float(f_service_fee_percent, "PaymentMethods.service_fee_percent")
    f_service_fee_min_percent_sum = g("service_fee_min_percent_sum")
    if f_service_fee_min_percent_sum is not None and f_service_fee_min_percent_sum.__class__ is not int:
        f_service_fee_min_percent_sum = _c.to_int(
            f_service_fee_min_percent_sum, "PaymentMethods.service_fee_min_percent_sum"
        )
    f_service_fee_fixed = g("service_fee_fixed")
    if f_service_fee_fixed is not None and f_service_fee_fixed.__class__ is not int:
        f_service_fee_fixed = _c.to_int(f_service_fee_fixed, "PaymentMethods.service_fee_fixed")
    f_payment_type_available_collection = g("payment_type_available_collection")
    if f_payment_type_available_collection is not None:
        if f_payment_type_available_collection.__class__ is list:
            f_payment_type_available_collection = list(
                map(_m_payment_method.PaymentMethod._from_wire, f_payment_type_available_collection)
            )
        else:
            f_payment_type_available_collection = _c.to_list(
                f_payment_type_available_collection,
                _m_payment_method.PaymentMethod._from_wire,
                "PaymentMethods.payment_type_available_collection",
            )
    f_currency = g("currency")
    if f_currency is not None and f_currency.__class__ is not str:
        f_currency = _c.to_str(f_currency, "PaymentMethods.currency")
    f_service_fee_percent_levels = g("service_fee_percent_levels")
    if f_service_fee_percent_levels is not None:
        if f_service_fee_percent_levels.__class__ is list:
            f_service_fee_percent_levels = list(
                map(_m_service_fee_level.ServiceFeeLevel._from_wire, f_service_fee_percent_levels)
            )
        else:
            f_service_fee_percent_levels = _c.to_list(
                f_service_fee_percent_levels,
                _m_service_fee_level.ServiceFeeLevel._from_wire,
                "PaymentMethods.service_fee_percent_levels",
            )
    o = _new(PaymentMethods)
    _s_service_fee_type(o, f_service_fee_type)
    _s_service_fee_min(o, f_service_fee_min)
    _s_service_fee_percent(o, f_service_fee_percent)
    _s_service_fee_min_percent_sum(o, f_service_fee_min_percent_sum)
    _s_service_fee_fixed(o, f_service_fee_fixed)
    _s_payment_type_available_collection(o, f_payment_type_available_collection)
    _s_currency(o, f_currency)
    _s_service_fee_percent_levels(o, f_service_fee_percent_levels)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PaymentMethods._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
