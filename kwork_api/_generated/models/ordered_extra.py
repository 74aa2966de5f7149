"""OrderedExtra: An extra (paid option) included in an offer.

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
        "count",
        "payer_price",
        "worker_price",
        "totaldays",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderedExtra(KworkModel):
    """An extra (paid option) included in an offer.

    Attributes:
        id: Extra id.
        title: Name of the extra.
        count: How many are ordered.
        payer_price: Price for the buyer.
        worker_price: Amount for the seller.
        totaldays: Days the extra adds to the work.
    """

    id: int | None = None
    title: str | None = None
    count: int | None = None
    payer_price: float | None = None
    worker_price: float | None = None
    totaldays: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("count", "count", "int | None"),
        ("payer_price", "payer_price", "float | None"),
        ("worker_price", "worker_price", "float | None"),
        ("totaldays", "totaldays", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderedExtra]]


def _from_wire(
    d: Any,
    where: str = "OrderedExtra",
    _new: Callable[[type[OrderedExtra]], OrderedExtra] = object.__new__,
    _s_id: Callable[[OrderedExtra, Any], None] = OrderedExtra.__dict__["id"].__set__,
    _s_title: Callable[[OrderedExtra, Any], None] = OrderedExtra.__dict__["title"].__set__,
    _s_count: Callable[[OrderedExtra, Any], None] = OrderedExtra.__dict__["count"].__set__,
    _s_payer_price: Callable[[OrderedExtra, Any], None] = OrderedExtra.__dict__["payer_price"].__set__,
    _s_worker_price: Callable[[OrderedExtra, Any], None] = OrderedExtra.__dict__["worker_price"].__set__,
    _s_totaldays: Callable[[OrderedExtra, Any], None] = OrderedExtra.__dict__["totaldays"].__set__,
    _s_additional_properties: Callable[[OrderedExtra, Any], None] = OrderedExtra.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderedExtra:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderedExtra.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "OrderedExtra.title")
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not int:
        f_count = _c.to_int(f_count, "OrderedExtra.count")
    f_payer_price = g("payer_price")
    if (
        f_payer_price is not None
        and f_payer_price.__class__ is not float
        and f_payer_price.__class__ is not int
    ):
        f_payer_price = _c.to_float(f_payer_price, "OrderedExtra.payer_price")
    f_worker_price = g("worker_price")
    if (
        f_worker_price is not None
        and f_worker_price.__class__ is not float
        and f_worker_price.__class__ is not int
    ):
        f_worker_price = _c.to_float(f_worker_price, "OrderedExtra.worker_price")
    f_totaldays = g("totaldays")
    if f_totaldays is not None and f_totaldays.__class__ is not int:
        f_totaldays = _c.to_int(f_totaldays, "OrderedExtra.totaldays")
    o = _new(OrderedExtra)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_count(o, f_count)
    _s_payer_price(o, f_payer_price)
    _s_worker_price(o, f_worker_price)
    _s_totaldays(o, f_totaldays)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderedExtra._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
