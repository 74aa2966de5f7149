"""WantDailyViews: Views of a project on one day.

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
        "date",
        "view_count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class WantDailyViews(KworkModel):
    """Views of a project on one day.

    Attributes:
        date: The day (Unix time of its start).
        view_count: Number of views that day.
    """

    date: int | None = None
    view_count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("date", "date", "int | None"),
        ("view_count", "view_count", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "WantDailyViews") -> WantDailyViews:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_date = g("date")
        if f_date is not None and f_date.__class__ is not int:
            f_date = _c.to_int(f_date, "WantDailyViews.date")
        f_view_count = g("view_count")
        if f_view_count is not None and f_view_count.__class__ is not int:
            f_view_count = _c.to_int(f_view_count, "WantDailyViews.view_count")
        extra = d.keys() - _KNOWN
        return WantDailyViews(
            f_date,
            f_view_count,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
