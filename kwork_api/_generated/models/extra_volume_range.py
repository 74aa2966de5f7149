"""ExtraVolumeRange: The volume an order includes and the most it can grow to.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("base", "base", "int | None"),
        ("max", "max", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ExtraVolumeRange") -> ExtraVolumeRange:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_base = g("base")
        if f_base is not None and f_base.__class__ is not int:
            f_base = _c.to_int(f_base, "ExtraVolumeRange.base")
        f_max = g("max")
        if f_max is not None and f_max.__class__ is not int:
            f_max = _c.to_int(f_max, "ExtraVolumeRange.max")
        extra = d.keys() - _KNOWN
        return ExtraVolumeRange(
            f_base,
            f_max,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
