"""OrderEscrowProperties: Escrow (non-cash payment) settings of an order.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("can_pay_by_yescrow", "can_pay_by_yescrow", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderEscrowProperties") -> OrderEscrowProperties:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_can_pay_by_yescrow = g("can_pay_by_yescrow")
        if f_can_pay_by_yescrow is not None and f_can_pay_by_yescrow.__class__ is not bool:
            f_can_pay_by_yescrow = _c.to_bool(
                f_can_pay_by_yescrow, "OrderEscrowProperties.can_pay_by_yescrow"
            )
        extra = d.keys() - _KNOWN
        return OrderEscrowProperties(
            f_can_pay_by_yescrow,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
