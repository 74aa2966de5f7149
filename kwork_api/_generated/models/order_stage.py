"""OrderStage: A stage of a staged order.

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
        "number",
        "title",
        "status",
        "created_at",
        "price",
        "currency_id",
        "currency_rate",
        "progress",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderStage(KworkModel):
    """A stage of a staged order.

    Attributes:
        id: Stage id.
        number: Position of the stage in the order, from 1.
        title: Stage title.
        status: Stage status code.
        created_at: When the stage was added (Unix time).
        price: Stage price.
        currency_id: Currency id of the price.
        currency_rate: Exchange rate applied to the price.
        progress: Progress the freelancer reported for the stage, in percent.
    """

    id: int
    number: int | None = None
    title: str | None = None
    status: int | None = None
    created_at: int | None = None
    price: float | None = None
    currency_id: int | None = None
    currency_rate: float | None = None
    progress: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("number", "number", "int | None"),
        ("title", "title", "str | None"),
        ("status", "status", "int | None"),
        ("created_at", "created_at", "int | None"),
        ("price", "price", "float | None"),
        ("currency_id", "currency_id", "int | None"),
        ("currency_rate", "currency_rate", "float | None"),
        ("progress", "progress", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderStage]]


def _from_wire(
    d: Any,
    where: str = "OrderStage",
    _new: Callable[[type[OrderStage]], OrderStage] = object.__new__,
    _s_id: Callable[[OrderStage, Any], None] = OrderStage.__dict__["id"].__set__,
    _s_number: Callable[[OrderStage, Any], None] = OrderStage.__dict__["number"].__set__,
    _s_title: Callable[[OrderStage, Any], None] = OrderStage.__dict__["title"].__set__,
    _s_status: Callable[[OrderStage, Any], None] = OrderStage.__dict__["status"].__set__,
    _s_created_at: Callable[[OrderStage, Any], None] = OrderStage.__dict__["created_at"].__set__,
    _s_price: Callable[[OrderStage, Any], None] = OrderStage.__dict__["price"].__set__,
    _s_currency_id: Callable[[OrderStage, Any], None] = OrderStage.__dict__["currency_id"].__set__,
    _s_currency_rate: Callable[[OrderStage, Any], None] = OrderStage.__dict__["currency_rate"].__set__,
    _s_progress: Callable[[OrderStage, Any], None] = OrderStage.__dict__["progress"].__set__,
    _s_additional_properties: Callable[[OrderStage, Any], None] = OrderStage.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderStage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderStage.id")
        if f_id is None:
            raise _c.missing("OrderStage.id")
    f_number = g("number")
    if f_number is not None and f_number.__class__ is not int:
        f_number = _c.to_int(f_number, "OrderStage.number")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "OrderStage.title")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not int:
        f_status = _c.to_int(f_status, "OrderStage.status")
    f_created_at = g("created_at")
    if f_created_at is not None and f_created_at.__class__ is not int:
        f_created_at = _c.to_int(f_created_at, "OrderStage.created_at")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "OrderStage.price")
    f_currency_id = g("currency_id")
    if f_currency_id is not None and f_currency_id.__class__ is not int:
        f_currency_id = _c.to_int(f_currency_id, "OrderStage.currency_id")
    f_currency_rate = g("currency_rate")
    if (
        f_currency_rate is not None
        and f_currency_rate.__class__ is not float
        and f_currency_rate.__class__ is not int
    ):
        f_currency_rate = _c.to_float(f_currency_rate, "OrderStage.currency_rate")
    f_progress = g("progress")
    if f_progress is not None and f_progress.__class__ is not int:
        f_progress = _c.to_int(f_progress, "OrderStage.progress")
    o = _new(OrderStage)
    _s_id(o, f_id)
    _s_number(o, f_number)
    _s_title(o, f_title)
    _s_status(o, f_status)
    _s_created_at(o, f_created_at)
    _s_price(o, f_price)
    _s_currency_id(o, f_currency_id)
    _s_currency_rate(o, f_currency_rate)
    _s_progress(o, f_progress)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderStage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
