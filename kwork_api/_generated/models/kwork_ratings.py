"""KworkRatings: Average scores of a kwork, each on a 5-point scale.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("speed", "speed", "float | None"),
        ("quality", "quality", "float | None"),
        ("communication", "communication", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkRatings]]


def _from_wire(
    d: Any,
    where: str = "KworkRatings",
    _new: Callable[[type[KworkRatings]], KworkRatings] = object.__new__,
    _s_speed: Callable[[KworkRatings, Any], None] = KworkRatings.__dict__["speed"].__set__,
    _s_quality: Callable[[KworkRatings, Any], None] = KworkRatings.__dict__["quality"].__set__,
    _s_communication: Callable[[KworkRatings, Any], None] = KworkRatings.__dict__["communication"].__set__,
    _s_additional_properties: Callable[[KworkRatings, Any], None] = KworkRatings.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkRatings:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_speed = g("speed")
    if f_speed is not None and f_speed.__class__ is not float and f_speed.__class__ is not int:
        f_speed = _c.to_float(f_speed, "KworkRatings.speed")
    f_quality = g("quality")
    if f_quality is not None and f_quality.__class__ is not float and f_quality.__class__ is not int:
        f_quality = _c.to_float(f_quality, "KworkRatings.quality")
    f_communication = g("communication")
    if (
        f_communication is not None
        and f_communication.__class__ is not float
        and f_communication.__class__ is not int
    ):
        f_communication = _c.to_float(f_communication, "KworkRatings.communication")
    o = _new(KworkRatings)
    _s_speed(o, f_speed)
    _s_quality(o, f_quality)
    _s_communication(o, f_communication)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkRatings._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
