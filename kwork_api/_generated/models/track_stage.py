"""TrackStage: A stage of an order, as shown in a track entry.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "TrackStage") -> TrackStage:
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
        if f_amount is not None and f_amount.__class__ is not float:
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
        if f_progress is not None and f_progress.__class__ is not float:
            f_progress = _c.to_float(f_progress, "TrackStage.progress")
        f_arbitrage_type = g("arbitrage_type")
        if f_arbitrage_type is not None and f_arbitrage_type.__class__ is not str:
            f_arbitrage_type = _c.to_str(f_arbitrage_type, "TrackStage.arbitrage_type")
        extra = d.keys() - _KNOWN
        return TrackStage(
            f_id,
            f_title,
            f_amount,
            f_status,
            f_number,
            f_currency_id,
            f_progress,
            f_arbitrage_type,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
