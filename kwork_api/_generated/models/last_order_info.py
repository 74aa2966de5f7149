"""LastOrderInfo: The latest completed order between two users, with its dates split for display.

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
        "orderId",
        "startTime",
        "startDay",
        "startMonth",
        "startYear",
        "endDay",
        "endMonth",
        "endYear",
        "interlocutor",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class LastOrderInfo(KworkModel):
    """The latest completed order between two users, with its dates split for display.

    Attributes:
        order_id: Order id. Wire name: `orderId`.
        start_time: When the order (or the offer behind it) was created (Unix time). Wire name:
            `startTime`.
        start_day: Day of the month the order started. Wire name: `startDay`.
        start_month: Month the order started. Wire name: `startMonth`.
        start_year: Year the order started. Wire name: `startYear`.
        end_day: Day of the month the order was completed. Wire name: `endDay`.
        end_month: Month the order was completed. Wire name: `endMonth`.
        end_year: Year the order was completed. Wire name: `endYear`.
        interlocutor: User name of the other user.
    """

    order_id: int
    start_time: int | None = None
    start_day: str | None = None
    start_month: str | None = None
    start_year: str | None = None
    end_day: str | None = None
    end_month: str | None = None
    end_year: str | None = None
    interlocutor: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("order_id", "orderId", "int"),
        ("start_time", "startTime", "int | None"),
        ("start_day", "startDay", "str | None"),
        ("start_month", "startMonth", "str | None"),
        ("start_year", "startYear", "str | None"),
        ("end_day", "endDay", "str | None"),
        ("end_month", "endMonth", "str | None"),
        ("end_year", "endYear", "str | None"),
        ("interlocutor", "interlocutor", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], LastOrderInfo]]


def _from_wire(
    d: Any,
    where: str = "LastOrderInfo",
    _new: Callable[[type[LastOrderInfo]], LastOrderInfo] = object.__new__,
    _s_order_id: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["order_id"].__set__,
    _s_start_time: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["start_time"].__set__,
    _s_start_day: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["start_day"].__set__,
    _s_start_month: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["start_month"].__set__,
    _s_start_year: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["start_year"].__set__,
    _s_end_day: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["end_day"].__set__,
    _s_end_month: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["end_month"].__set__,
    _s_end_year: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["end_year"].__set__,
    _s_interlocutor: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__["interlocutor"].__set__,
    _s_additional_properties: Callable[[LastOrderInfo, Any], None] = LastOrderInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> LastOrderInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_order_id = g("orderId")
    if f_order_id.__class__ is not int:
        f_order_id = _c.to_int(f_order_id, "LastOrderInfo.order_id")
        if f_order_id is None:
            raise _c.missing("LastOrderInfo.order_id")
    f_start_time = g("startTime")
    if f_start_time is not None and f_start_time.__class__ is not int:
        f_start_time = _c.to_int(f_start_time, "LastOrderInfo.start_time")
    f_start_day = g("startDay")
    if f_start_day is not None and f_start_day.__class__ is not str:
        f_start_day = _c.to_str(f_start_day, "LastOrderInfo.start_day")
    f_start_month = g("startMonth")
    if f_start_month is not None and f_start_month.__class__ is not str:
        f_start_month = _c.to_str(f_start_month, "LastOrderInfo.start_month")
    f_start_year = g("startYear")
    if f_start_year is not None and f_start_year.__class__ is not str:
        f_start_year = _c.to_str(f_start_year, "LastOrderInfo.start_year")
    f_end_day = g("endDay")
    if f_end_day is not None and f_end_day.__class__ is not str:
        f_end_day = _c.to_str(f_end_day, "LastOrderInfo.end_day")
    f_end_month = g("endMonth")
    if f_end_month is not None and f_end_month.__class__ is not str:
        f_end_month = _c.to_str(f_end_month, "LastOrderInfo.end_month")
    f_end_year = g("endYear")
    if f_end_year is not None and f_end_year.__class__ is not str:
        f_end_year = _c.to_str(f_end_year, "LastOrderInfo.end_year")
    f_interlocutor = g("interlocutor")
    if f_interlocutor is not None and f_interlocutor.__class__ is not str:
        f_interlocutor = _c.to_str(f_interlocutor, "LastOrderInfo.interlocutor")
    o = _new(LastOrderInfo)
    _s_order_id(o, f_order_id)
    _s_start_time(o, f_start_time)
    _s_start_day(o, f_start_day)
    _s_start_month(o, f_start_month)
    _s_start_year(o, f_start_year)
    _s_end_day(o, f_end_day)
    _s_end_month(o, f_end_month)
    _s_end_year(o, f_end_year)
    _s_interlocutor(o, f_interlocutor)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


LastOrderInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
