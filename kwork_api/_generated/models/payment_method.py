"""PaymentMethod: A way to pay money into the account.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import amount_limits as _m_amount_limits
from . import country_group as _m_country_group

if TYPE_CHECKING:
    from .amount_limits import AmountLimits
    from .country_group import CountryGroup

_KNOWN = frozenset(
    {
        "type",
        "name",
        "country_group_code",
        "country_groups",
        "amount_limits",
        "consent_url",
        "lock_refill_sum",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PaymentMethod(KworkModel):
    """A way to pay money into the account.

    Attributes:
        type: Method code, passed to `recharge_balance` as `payment_type` (such as `bank` or
            `paymore_card`).
        name: Method name to show.
        country_group_code: Country group preselected for this method.
        country_groups: Country groups the user can choose from, for methods that depend on the
            country.
        amount_limits: Smallest and largest amount, for bank transfers; None when there are no
            limits.
        consent_url: URL of the Yescrow offer the user accepts by paying this way.
        lock_refill_sum: True when the amount is fixed and the user cannot edit it.
    """

    type: str | None = None
    name: str | None = None
    country_group_code: str | None = None
    country_groups: list[CountryGroup] | None = _attrs.field(default=None, hash=False)
    amount_limits: AmountLimits | None = None
    consent_url: str | None = None
    lock_refill_sum: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type", "type", "str | None"),
        ("name", "name", "str | None"),
        ("country_group_code", "country_group_code", "str | None"),
        ("country_groups", "country_groups", "list[CountryGroup] | None"),
        ("amount_limits", "amount_limits", "AmountLimits | None"),
        ("consent_url", "consent_url", "str | None"),
        ("lock_refill_sum", "lock_refill_sum", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PaymentMethod]]


def _from_wire(
    d: Any,
    where: str = "PaymentMethod",
    _new: Callable[[type[PaymentMethod]], PaymentMethod] = object.__new__,
    _s_type: Callable[[PaymentMethod, Any], None] = PaymentMethod.__dict__["type"].__set__,
    _s_name: Callable[[PaymentMethod, Any], None] = PaymentMethod.__dict__["name"].__set__,
    _s_country_group_code: Callable[[PaymentMethod, Any], None] = PaymentMethod.__dict__[
        "country_group_code"
    ].__set__,
    _s_country_groups: Callable[[PaymentMethod, Any], None] = PaymentMethod.__dict__[
        "country_groups"
    ].__set__,
    _s_amount_limits: Callable[[PaymentMethod, Any], None] = PaymentMethod.__dict__["amount_limits"].__set__,
    _s_consent_url: Callable[[PaymentMethod, Any], None] = PaymentMethod.__dict__["consent_url"].__set__,
    _s_lock_refill_sum: Callable[[PaymentMethod, Any], None] = PaymentMethod.__dict__[
        "lock_refill_sum"
    ].__set__,
    _s_additional_properties: Callable[[PaymentMethod, Any], None] = PaymentMethod.__dict__[
        "additional_properties"
    ].__set__,
) -> PaymentMethod:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "PaymentMethod.type")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "PaymentMethod.name")
    f_country_group_code = g("country_group_code")
    if f_country_group_code is not None and f_country_group_code.__class__ is not str:
        f_country_group_code = _c.to_str(f_country_group_code, "PaymentMethod.country_group_code")
    f_country_groups = g("country_groups")
    if f_country_groups is not None:
        if f_country_groups.__class__ is list:
            f_country_groups = list(map(_m_country_group.CountryGroup._from_wire, f_country_groups))
        else:
            f_country_groups = _c.to_list(
                f_country_groups, _m_country_group.CountryGroup._from_wire, "PaymentMethod.country_groups"
            )
    f_amount_limits = g("amount_limits")
    if f_amount_limits is not None:
        f_amount_limits = _c.to_model(
            f_amount_limits, _m_amount_limits.AmountLimits._from_wire, "PaymentMethod.amount_limits"
        )
    f_consent_url = g("consent_url")
    if f_consent_url is not None and f_consent_url.__class__ is not str:
        f_consent_url = _c.to_str(f_consent_url, "PaymentMethod.consent_url")
    f_lock_refill_sum = g("lock_refill_sum")
    if f_lock_refill_sum is not None and f_lock_refill_sum.__class__ is not bool:
        f_lock_refill_sum = _c.to_bool(f_lock_refill_sum, "PaymentMethod.lock_refill_sum")
    o = _new(PaymentMethod)
    _s_type(o, f_type)
    _s_name(o, f_name)
    _s_country_group_code(o, f_country_group_code)
    _s_country_groups(o, f_country_groups)
    _s_amount_limits(o, f_amount_limits)
    _s_consent_url(o, f_consent_url)
    _s_lock_refill_sum(o, f_lock_refill_sum)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PaymentMethod._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
