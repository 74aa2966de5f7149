"""AmountLimits: Limits on the amount of one payment.

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
        "min",
        "max",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class AmountLimits(KworkModel):
    """Limits on the amount of one payment.

    Attributes:
        min: Smallest amount.
        max: Largest amount.
    """

    min: float | None = None
    max: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("min", "min", "float | None"),
        ("max", "max", "float | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "AmountLimits") -> AmountLimits:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_min = g("min")
        if f_min is not None and f_min.__class__ is not float:
            f_min = _c.to_float(f_min, "AmountLimits.min")
        f_max = g("max")
        if f_max is not None and f_max.__class__ is not float:
            f_max = _c.to_float(f_max, "AmountLimits.max")
        extra = d.keys() - _KNOWN
        return AmountLimits(
            f_min,
            f_max,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
