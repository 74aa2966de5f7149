"""SubscriberCount: A channel's subscriber count on one date.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("date", "date", "str | None"),
        ("count", "count", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "SubscriberCount") -> SubscriberCount:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_date = g("date")
        if f_date is not None and f_date.__class__ is not str:
            f_date = _c.to_str(f_date, "SubscriberCount.date")
        f_count = g("count")
        if f_count is not None and f_count.__class__ is not int:
            f_count = _c.to_int(f_count, "SubscriberCount.count")
        extra = d.keys() - _KNOWN
        return SubscriberCount(
            f_date,
            f_count,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
