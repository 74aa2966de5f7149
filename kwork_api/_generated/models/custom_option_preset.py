"""CustomOptionPreset: Price presets for custom options of an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import custom_option_price as _m_custom_option_price

if TYPE_CHECKING:
    from .custom_option_price import CustomOptionPrice

_KNOWN = frozenset(
    {
        "extra_limit_price",
        "time_upper_bound_in_days",
        "price_range",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CustomOptionPreset(KworkModel):
    """Price presets for custom options of an order.

    Attributes:
        extra_limit_price: How much more, in the order's currency, options may still add to the
            order.
        time_upper_bound_in_days: Most days an option may add to the deadline.
        price_range: The prices to choose from.
    """

    extra_limit_price: float | None = None
    time_upper_bound_in_days: int | None = None
    price_range: list[CustomOptionPrice] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("extra_limit_price", "extra_limit_price", "float | None"),
        ("time_upper_bound_in_days", "time_upper_bound_in_days", "int | None"),
        ("price_range", "price_range", "list[CustomOptionPrice] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CustomOptionPreset]]


def _from_wire(
    d: Any,
    where: str = "CustomOptionPreset",
    _new: Callable[[type[CustomOptionPreset]], CustomOptionPreset] = object.__new__,
    _s_extra_limit_price: Callable[[CustomOptionPreset, Any], None] = CustomOptionPreset.__dict__[
        "extra_limit_price"
    ].__set__,
    _s_time_upper_bound_in_days: Callable[[CustomOptionPreset, Any], None] = CustomOptionPreset.__dict__[
        "time_upper_bound_in_days"
    ].__set__,
    _s_price_range: Callable[[CustomOptionPreset, Any], None] = CustomOptionPreset.__dict__[
        "price_range"
    ].__set__,
    _s_additional_properties: Callable[[CustomOptionPreset, Any], None] = CustomOptionPreset.__dict__[
        "additional_properties"
    ].__set__,
) -> CustomOptionPreset:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_extra_limit_price = g("extra_limit_price")
    if (
        f_extra_limit_price is not None
        and f_extra_limit_price.__class__ is not float
        and f_extra_limit_price.__class__ is not int
    ):
        f_extra_limit_price = _c.to_float(f_extra_limit_price, "CustomOptionPreset.extra_limit_price")
    f_time_upper_bound_in_days = g("time_upper_bound_in_days")
    if f_time_upper_bound_in_days is not None and f_time_upper_bound_in_days.__class__ is not int:
        f_time_upper_bound_in_days = _c.to_int(
            f_time_upper_bound_in_days, "CustomOptionPreset.time_upper_bound_in_days"
        )
    f_price_range = g("price_range")
    if f_price_range is not None:
        if f_price_range.__class__ is list:
            f_price_range = list(map(_m_custom_option_price.CustomOptionPrice._from_wire, f_price_range))
        else:
            f_price_range = _c.to_list(
                f_price_range,
                _m_custom_option_price.CustomOptionPrice._from_wire,
                "CustomOptionPreset.price_range",
            )
    o = _new(CustomOptionPreset)
    _s_extra_limit_price(o, f_extra_limit_price)
    _s_time_upper_bound_in_days(o, f_time_upper_bound_in_days)
    _s_price_range(o, f_price_range)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CustomOptionPreset._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
