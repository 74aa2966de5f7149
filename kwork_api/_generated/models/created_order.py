"""CreatedOrder: A newly created order.

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
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CreatedOrder(KworkModel):
    """A newly created order.

    Attributes:
        order_id: Id of the new order. Wire name: `orderId`.
    """

    order_id: int
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("order_id", "orderId", "int"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CreatedOrder]]


def _from_wire(
    d: Any,
    where: str = "CreatedOrder",
    _new: Callable[[type[CreatedOrder]], CreatedOrder] = object.__new__,
    _s_order_id: Callable[[CreatedOrder, Any], None] = CreatedOrder.__dict__["order_id"].__set__,
    _s_additional_properties: Callable[[CreatedOrder, Any], None] = CreatedOrder.__dict__[
        "additional_properties"
    ].__set__,
) -> CreatedOrder:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_order_id = g("orderId")
    if f_order_id.__class__ is not int:
        f_order_id = _c.to_int(f_order_id, "CreatedOrder.order_id")
        if f_order_id is None:
            raise _c.missing("CreatedOrder.order_id")
    o = _new(CreatedOrder)
    _s_order_id(o, f_order_id)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CreatedOrder._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
