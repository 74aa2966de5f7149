"""AmountLimits: Limits on the amount of one payment.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("min", "min", "float | None"),
        ("max", "max", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], AmountLimits]]


def _from_wire(
    d: Any,
    where: str = "AmountLimits",
    _new: Callable[[type[AmountLimits]], AmountLimits] = object.__new__,
    _s_min: Callable[[AmountLimits, Any], None] = AmountLimits.__dict__["min"].__set__,
    _s_max: Callable[[AmountLimits, Any], None] = AmountLimits.__dict__["max"].__set__,
    _s_additional_properties: Callable[[AmountLimits, Any], None] = AmountLimits.__dict__[
        "additional_properties"
    ].__set__,
) -> AmountLimits:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_min = g("min")
    if f_min is not None and f_min.__class__ is not float and f_min.__class__ is not int:
        f_min = _c.to_float(f_min, "AmountLimits.min")
    f_max = g("max")
    if f_max is not None and f_max.__class__ is not float and f_max.__class__ is not int:
        f_max = _c.to_float(f_max, "AmountLimits.max")
    o = _new(AmountLimits)
    _s_min(o, f_min)
    _s_max(o, f_max)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


AmountLimits._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
