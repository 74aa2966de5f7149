"""WantDailyViews: Views of a project on one day.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("date", "date", "int | None"),
        ("view_count", "view_count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], WantDailyViews]]


def _from_wire(
    d: Any,
    where: str = "WantDailyViews",
    _new: Callable[[type[WantDailyViews]], WantDailyViews] = object.__new__,
    _s_date: Callable[[WantDailyViews, Any], None] = WantDailyViews.__dict__["date"].__set__,
    _s_view_count: Callable[[WantDailyViews, Any], None] = WantDailyViews.__dict__["view_count"].__set__,
    _s_additional_properties: Callable[[WantDailyViews, Any], None] = WantDailyViews.__dict__[
        "additional_properties"
    ].__set__,
) -> WantDailyViews:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_date = g("date")
    if f_date is not None and f_date.__class__ is not int:
        f_date = _c.to_int(f_date, "WantDailyViews.date")
    f_view_count = g("view_count")
    if f_view_count is not None and f_view_count.__class__ is not int:
        f_view_count = _c.to_int(f_view_count, "WantDailyViews.view_count")
    o = _new(WantDailyViews)
    _s_date(o, f_date)
    _s_view_count(o, f_view_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


WantDailyViews._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
