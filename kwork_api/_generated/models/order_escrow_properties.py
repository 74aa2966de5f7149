"""OrderEscrowProperties: Escrow (non-cash payment) settings of an order.

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
        "can_pay_by_yescrow",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderEscrowProperties(KworkModel):
    """Escrow (non-cash payment) settings of an order.

    Attributes:
        can_pay_by_yescrow: True when the freelancer can accept non-cash escrow payment.
    """

    can_pay_by_yescrow: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("can_pay_by_yescrow", "can_pay_by_yescrow", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderEscrowProperties]]


def _from_wire(
    d: Any,
    where: str = "OrderEscrowProperties",
    _new: Callable[[type[OrderEscrowProperties]], OrderEscrowProperties] = object.__new__,
    _s_can_pay_by_yescrow: Callable[[OrderEscrowProperties, Any], None] = OrderEscrowProperties.__dict__[
        "can_pay_by_yescrow"
    ].__set__,
    _s_additional_properties: Callable[[OrderEscrowProperties, Any], None] = OrderEscrowProperties.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderEscrowProperties:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_can_pay_by_yescrow = g("can_pay_by_yescrow")
    if f_can_pay_by_yescrow is not None and f_can_pay_by_yescrow.__class__ is not bool:
        f_can_pay_by_yescrow = _c.to_bool(f_can_pay_by_yescrow, "OrderEscrowProperties.can_pay_by_yescrow")
    o = _new(OrderEscrowProperties)
    _s_can_pay_by_yescrow(o, f_can_pay_by_yescrow)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderEscrowProperties._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
