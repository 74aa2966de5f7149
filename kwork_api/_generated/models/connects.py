"""Connects: The freelancer's connects, the allowance spent on sending offers to projects.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("all_connects", "all_connects", "int | None"),
        ("active_connects", "active_connects", "int | None"),
        ("update_time", "update_time", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "Connects") -> Connects:
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
        extra = d.keys() - _KNOWN
        return Connects(
            f_all_connects,
            f_active_connects,
            f_update_time,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
