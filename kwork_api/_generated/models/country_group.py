"""CountryGroup: A group of countries a payment method can be used from.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("code", "code", "str | None"),
        ("name", "name", "str | None"),
        ("lock_refill_sum", "lock_refill_sum", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "CountryGroup") -> CountryGroup:
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
        extra = d.keys() - _KNOWN
        return CountryGroup(
            f_code,
            f_name,
            f_lock_refill_sum,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
