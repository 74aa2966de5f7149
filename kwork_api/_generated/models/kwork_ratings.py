"""KworkRatings: Average scores of a kwork, each on a 5-point scale.

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
        "speed",
        "quality",
        "communication",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkRatings(KworkModel):
    """Average scores of a kwork, each on a 5-point scale.

    Attributes:
        speed: Average score for speed.
        quality: Average score for quality.
        communication: Average score for communication.
    """

    speed: float | None = None
    quality: float | None = None
    communication: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("speed", "speed", "float | None"),
        ("quality", "quality", "float | None"),
        ("communication", "communication", "float | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkRatings") -> KworkRatings:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_speed = g("speed")
        if f_speed is not None and f_speed.__class__ is not float:
            f_speed = _c.to_float(f_speed, "KworkRatings.speed")
        f_quality = g("quality")
        if f_quality is not None and f_quality.__class__ is not float:
            f_quality = _c.to_float(f_quality, "KworkRatings.quality")
        f_communication = g("communication")
        if f_communication is not None and f_communication.__class__ is not float:
            f_communication = _c.to_float(f_communication, "KworkRatings.communication")
        extra = d.keys() - _KNOWN
        return KworkRatings(
            f_speed,
            f_quality,
            f_communication,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
