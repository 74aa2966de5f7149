"""OrderHeader: The header blocks of an order screen. A block the server skipped (its hash was current) is absent.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("order", "order", "OrderInfo | None"),
        ("kwork", "kwork", "OrderKwork | None"),
        ("worker", "worker", "OrderParticipant | None"),
        ("payer", "payer", "OrderParticipant | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderHeader") -> OrderHeader:
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
            f_payer = _c.to_model(
                f_payer, _m_order_participant.OrderParticipant._from_wire, "OrderHeader.payer"
            )
        extra = d.keys() - _KNOWN
        return OrderHeader(
            f_order,
            f_kwork,
            f_worker,
            f_payer,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
