"""CreatedOrder: A newly created order.

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
        "orderId",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CreatedOrder(KworkModel):
    """A newly created order.

    Attributes:
        order_id: Id of the new order. Wire name: `orderId`.
    """

    order_id: int
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("order_id", "orderId", "int"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "CreatedOrder") -> CreatedOrder:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_order_id = g("orderId")
        if f_order_id.__class__ is not int:
            f_order_id = _c.to_int(f_order_id, "CreatedOrder.order_id")
            if f_order_id is None:
                raise _c.missing("CreatedOrder.order_id")
        extra = d.keys() - _KNOWN
        return CreatedOrder(
            f_order_id,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
