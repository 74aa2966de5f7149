"""OrderHeader: The header blocks of an order screen. A block the server skipped (its hash was current) is absent.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_info as _m_order_info
from . import order_kwork as _m_order_kwork
from . import order_participant as _m_order_participant

if TYPE_CHECKING:
    from .order_info import OrderInfo
    from .order_kwork import OrderKwork
    from .order_participant import OrderParticipant

_KNOWN = frozenset(
    {
        "order",
        "kwork",
        "worker",
        "payer",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderHeader(KworkModel):
    """The header blocks of an order screen. A block the server skipped (its hash was current) is
    absent.

    Attributes:
        order: The order block.
        kwork: The kwork block.
        worker: The freelancer block.
        payer: The buyer block.
    """

    order: OrderInfo | None = None
    kwork: OrderKwork | None = None
    worker: OrderParticipant | None = None
    payer: OrderParticipant | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("order", "order", "OrderInfo | None"),
        ("kwork", "kwork", "OrderKwork | None"),
        ("worker", "worker", "OrderParticipant | None"),
        ("payer", "payer", "OrderParticipant | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderHeader]]


def _from_wire(
    d: Any,
    where: str = "OrderHeader",
    _new: Callable[[type[OrderHeader]], OrderHeader] = object.__new__,
    _s_order: Callable[[OrderHeader, Any], None] = OrderHeader.__dict__["order"].__set__,
    _s_kwork: Callable[[OrderHeader, Any], None] = OrderHeader.__dict__["kwork"].__set__,
    _s_worker: Callable[[OrderHeader, Any], None] = OrderHeader.__dict__["worker"].__set__,
    _s_payer: Callable[[OrderHeader, Any], None] = OrderHeader.__dict__["payer"].__set__,
    _s_additional_properties: Callable[[OrderHeader, Any], None] = OrderHeader.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderHeader:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_order = g("order")
    if f_order is not None:
        f_order = _c.to_model(f_order, _m_order_info.OrderInfo._from_wire, "OrderHeader.order")
    f_kwork = g("kwork")
    if f_kwork is not None:
        f_kwork = _c.to_model(f_kwork, _m_order_kwork.OrderKwork._from_wire, "OrderHeader.kwork")
    f_worker = g("worker")
    if f_worker is not None:
        f_worker = _c.to_model(
            f_worker, _m_order_participant.OrderParticipant._from_wire, "OrderHeader.worker"
        )
    f_payer = g("payer")
    if f_payer is not None:
        f_payer = _c.to_model(f_payer, _m_order_participant.OrderParticipant._from_wire, "OrderHeader.payer")
    o = _new(OrderHeader)
    _s_order(o, f_order)
    _s_kwork(o, f_kwork)
    _s_worker(o, f_worker)
    _s_payer(o, f_payer)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderHeader._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
