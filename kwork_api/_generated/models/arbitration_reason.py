"""ArbitrationReason: A reason that can be given when sending an order to arbitration.

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
        "name",
        "price",
        "currency",
        "time",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ArbitrationReason(KworkModel):
    """A reason that can be given when sending an order to arbitration.

    Attributes:
        id: Reason id; pass it as `reason_id` to `send_for_arbitration`.
        name: Reason text.
        price: Amount shown with the reason, in `currency`, when it has one.
        currency: Currency code of `price`.
        time: Extra time shown with the reason, when it has one.
    """

    id: int
    name: str | None = None
    price: float | None = None
    currency: str | None = None
    time: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("price", "price", "float | None"),
        ("currency", "currency", "str | None"),
        ("time", "time", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ArbitrationReason]]


def _from_wire(
    d: Any,
    where: str = "ArbitrationReason",
    _new: Callable[[type[ArbitrationReason]], ArbitrationReason] = object.__new__,
    _s_id: Callable[[ArbitrationReason, Any], None] = ArbitrationReason.__dict__["id"].__set__,
    _s_name: Callable[[ArbitrationReason, Any], None] = ArbitrationReason.__dict__["name"].__set__,
    _s_price: Callable[[ArbitrationReason, Any], None] = ArbitrationReason.__dict__["price"].__set__,
    _s_currency: Callable[[ArbitrationReason, Any], None] = ArbitrationReason.__dict__["currency"].__set__,
    _s_time: Callable[[ArbitrationReason, Any], None] = ArbitrationReason.__dict__["time"].__set__,
    _s_additional_properties: Callable[[ArbitrationReason, Any], None] = ArbitrationReason.__dict__[
        "additional_properties"
    ].__set__,
) -> ArbitrationReason:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "ArbitrationReason.id")
        if f_id is None:
            raise _c.missing("ArbitrationReason.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "ArbitrationReason.name")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "ArbitrationReason.price")
    f_currency = g("currency")
    if f_currency is not None and f_currency.__class__ is not str:
        f_currency = _c.to_str(f_currency, "ArbitrationReason.currency")
    f_time = g("time")
    if f_time is not None and f_time.__class__ is not int:
        f_time = _c.to_int(f_time, "ArbitrationReason.time")
    o = _new(ArbitrationReason)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_price(o, f_price)
    _s_currency(o, f_currency)
    _s_time(o, f_time)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ArbitrationReason._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
