"""Connects: The freelancer's connects, the allowance spent on sending offers to projects.

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
        "all_connects",
        "active_connects",
        "update_time",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Connects(KworkModel):
    """The freelancer's connects, the allowance spent on sending offers to projects.

    Attributes:
        all_connects: Connects the freelancer gets per refill period.
        active_connects: Connects left to spend now.
        update_time: When connects are next refilled (Unix time); -1 when the date is not known.
    """

    all_connects: int | None = None
    active_connects: int | None = None
    update_time: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("all_connects", "all_connects", "int | None"),
        ("active_connects", "active_connects", "int | None"),
        ("update_time", "update_time", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Connects]]


def _from_wire(
    d: Any,
    where: str = "Connects",
    _new: Callable[[type[Connects]], Connects] = object.__new__,
    _s_all_connects: Callable[[Connects, Any], None] = Connects.__dict__["all_connects"].__set__,
    _s_active_connects: Callable[[Connects, Any], None] = Connects.__dict__["active_connects"].__set__,
    _s_update_time: Callable[[Connects, Any], None] = Connects.__dict__["update_time"].__set__,
    _s_additional_properties: Callable[[Connects, Any], None] = Connects.__dict__[
        "additional_properties"
    ].__set__,
) -> Connects:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_all_connects = g("all_connects")
    if f_all_connects is not None and f_all_connects.__class__ is not int:
        f_all_connects = _c.to_int(f_all_connects, "Connects.all_connects")
    f_active_connects = g("active_connects")
    if f_active_connects is not None and f_active_connects.__class__ is not int:
        f_active_connects = _c.to_int(f_active_connects, "Connects.active_connects")
    f_update_time = g("update_time")
    if f_update_time is not None and f_update_time.__class__ is not int:
        f_update_time = _c.to_int(f_update_time, "Connects.update_time")
    o = _new(Connects)
    _s_all_connects(o, f_all_connects)
    _s_active_connects(o, f_active_connects)
    _s_update_time(o, f_update_time)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Connects._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
