"""SubscriberCount: A channel's subscriber count on one date.

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
        "count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class SubscriberCount(KworkModel):
    """A channel's subscriber count on one date.

    Attributes:
        date: The date.
        count: Number of subscribers on that date.
    """

    date: str | None = None
    count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("date", "date", "str | None"),
        ("count", "count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], SubscriberCount]]


def _from_wire(
    d: Any,
    where: str = "SubscriberCount",
    _new: Callable[[type[SubscriberCount]], SubscriberCount] = object.__new__,
    _s_date: Callable[[SubscriberCount, Any], None] = SubscriberCount.__dict__["date"].__set__,
    _s_count: Callable[[SubscriberCount, Any], None] = SubscriberCount.__dict__["count"].__set__,
    _s_additional_properties: Callable[[SubscriberCount, Any], None] = SubscriberCount.__dict__[
        "additional_properties"
    ].__set__,
) -> SubscriberCount:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_date = g("date")
    if f_date is not None and f_date.__class__ is not str:
        f_date = _c.to_str(f_date, "SubscriberCount.date")
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not int:
        f_count = _c.to_int(f_count, "SubscriberCount.count")
    o = _new(SubscriberCount)
    _s_date(o, f_date)
    _s_count(o, f_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


SubscriberCount._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
