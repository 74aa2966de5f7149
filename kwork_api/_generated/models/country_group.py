"""CountryGroup: A group of countries a payment method can be used from.

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
        "code",
        "name",
        "lock_refill_sum",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CountryGroup(KworkModel):
    """A group of countries a payment method can be used from.

    Attributes:
        code: Group code, passed to `recharge_balance` as `country_group_code`.
        name: Group name to show.
        lock_refill_sum: True when the amount is fixed for this group and the user cannot edit
            it.
    """

    code: str | None = None
    name: str | None = None
    lock_refill_sum: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("code", "code", "str | None"),
        ("name", "name", "str | None"),
        ("lock_refill_sum", "lock_refill_sum", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CountryGroup]]


def _from_wire(
    d: Any,
    where: str = "CountryGroup",
    _new: Callable[[type[CountryGroup]], CountryGroup] = object.__new__,
    _s_code: Callable[[CountryGroup, Any], None] = CountryGroup.__dict__["code"].__set__,
    _s_name: Callable[[CountryGroup, Any], None] = CountryGroup.__dict__["name"].__set__,
    _s_lock_refill_sum: Callable[[CountryGroup, Any], None] = CountryGroup.__dict__[
        "lock_refill_sum"
    ].__set__,
    _s_additional_properties: Callable[[CountryGroup, Any], None] = CountryGroup.__dict__[
        "additional_properties"
    ].__set__,
) -> CountryGroup:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_code = g("code")
    if f_code is not None and f_code.__class__ is not str:
        f_code = _c.to_str(f_code, "CountryGroup.code")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CountryGroup.name")
    f_lock_refill_sum = g("lock_refill_sum")
    if f_lock_refill_sum is not None and f_lock_refill_sum.__class__ is not bool:
        f_lock_refill_sum = _c.to_bool(f_lock_refill_sum, "CountryGroup.lock_refill_sum")
    o = _new(CountryGroup)
    _s_code(o, f_code)
    _s_name(o, f_name)
    _s_lock_refill_sum(o, f_lock_refill_sum)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CountryGroup._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
