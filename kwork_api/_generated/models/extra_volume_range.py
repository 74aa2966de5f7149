"""ExtraVolumeRange: The volume an order includes and the most it can grow to.

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
        "base",
        "max",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ExtraVolumeRange(KworkModel):
    """The volume an order includes and the most it can grow to.

    Attributes:
        base: Volume included in the order.
        max: Largest volume the order can reach.
    """

    base: int | None = None
    max: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("base", "base", "int | None"),
        ("max", "max", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ExtraVolumeRange]]


def _from_wire(
    d: Any,
    where: str = "ExtraVolumeRange",
    _new: Callable[[type[ExtraVolumeRange]], ExtraVolumeRange] = object.__new__,
    _s_base: Callable[[ExtraVolumeRange, Any], None] = ExtraVolumeRange.__dict__["base"].__set__,
    _s_max: Callable[[ExtraVolumeRange, Any], None] = ExtraVolumeRange.__dict__["max"].__set__,
    _s_additional_properties: Callable[[ExtraVolumeRange, Any], None] = ExtraVolumeRange.__dict__[
        "additional_properties"
    ].__set__,
) -> ExtraVolumeRange:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_base = g("base")
    if f_base is not None and f_base.__class__ is not int:
        f_base = _c.to_int(f_base, "ExtraVolumeRange.base")
    f_max = g("max")
    if f_max is not None and f_max.__class__ is not int:
        f_max = _c.to_int(f_max, "ExtraVolumeRange.max")
    o = _new(ExtraVolumeRange)
    _s_base(o, f_base)
    _s_max(o, f_max)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ExtraVolumeRange._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
