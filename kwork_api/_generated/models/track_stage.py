"""TrackStage: A stage of an order, as shown in a track entry.

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
        "id",
        "title",
        "amount",
        "status",
        "number",
        "currency_id",
        "progress",
        "arbitrage_type",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackStage(KworkModel):
    """A stage of an order, as shown in a track entry.

    Attributes:
        id: Stage id.
        title: Stage title.
        amount: Stage price, in the currency given by `currency_id`.
        status: Stage status code.
        number: Stage number within the order, from 1.
        currency_id: Id of the stage's currency.
        progress: Stage progress, in percent.
        arbitrage_type: In whose favour an arbitration of the stage was decided, if there was
            one.
    """

    id: int | None = None
    title: str | None = None
    amount: float | None = None
    status: int | None = None
    number: int | None = None
    currency_id: int | None = None
    progress: float | None = None
    arbitrage_type: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("amount", "amount", "float | None"),
        ("status", "status", "int | None"),
        ("number", "number", "int | None"),
        ("currency_id", "currency_id", "int | None"),
        ("progress", "progress", "float | None"),
        ("arbitrage_type", "arbitrage_type", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackStage]]


def _from_wire(
    d: Any,
    where: str = "TrackStage",
    _new: Callable[[type[TrackStage]], TrackStage] = object.__new__,
    _s_id: Callable[[TrackStage, Any], None] = TrackStage.__dict__["id"].__set__,
    _s_title: Callable[[TrackStage, Any], None] = TrackStage.__dict__["title"].__set__,
    _s_amount: Callable[[TrackStage, Any], None] = TrackStage.__dict__["amount"].__set__,
    _s_status: Callable[[TrackStage, Any], None] = TrackStage.__dict__["status"].__set__,
    _s_number: Callable[[TrackStage, Any], None] = TrackStage.__dict__["number"].__set__,
    _s_currency_id: Callable[[TrackStage, Any], None] = TrackStage.__dict__["currency_id"].__set__,
    _s_progress: Callable[[TrackStage, Any], None] = TrackStage.__dict__["progress"].__set__,
    _s_arbitrage_type: Callable[[TrackStage, Any], None] = TrackStage.__dict__["arbitrage_type"].__set__,
    _s_additional_properties: Callable[[TrackStage, Any], None] = TrackStage.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackStage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "TrackStage.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "TrackStage.title")
    f_amount = g("amount")
    if f_amount is not None and f_amount.__class__ is not float and f_amount.__class__ is not int:
        f_amount = _c.to_float(f_amount, "TrackStage.amount")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not int:
        f_status = _c.to_int(f_status, "TrackStage.status")
    f_number = g("number")
    if f_number is not None and f_number.__class__ is not int:
        f_number = _c.to_int(f_number, "TrackStage.number")
    f_currency_id = g("currency_id")
    if f_currency_id is not None and f_currency_id.__class__ is not int:
        f_currency_id = _c.to_int(f_currency_id, "TrackStage.currency_id")
    f_progress = g("progress")
    if f_progress is not None and f_progress.__class__ is not float and f_progress.__class__ is not int:
        f_progress = _c.to_float(f_progress, "TrackStage.progress")
    f_arbitrage_type = g("arbitrage_type")
    if f_arbitrage_type is not None and f_arbitrage_type.__class__ is not str:
        f_arbitrage_type = _c.to_str(f_arbitrage_type, "TrackStage.arbitrage_type")
    o = _new(TrackStage)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_amount(o, f_amount)
    _s_status(o, f_status)
    _s_number(o, f_number)
    _s_currency_id(o, f_currency_id)
    _s_progress(o, f_progress)
    _s_arbitrage_type(o, f_arbitrage_type)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackStage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
