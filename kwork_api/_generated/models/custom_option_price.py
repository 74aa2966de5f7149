"""CustomOptionPrice: A price to choose for a custom option.

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
        "payer_price",
        "worker_price",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CustomOptionPrice(KworkModel):
    """A price to choose for a custom option.

    Attributes:
        payer_price: Price the buyer pays.
        worker_price: The matching amount with the service commission accounted for.
    """

    payer_price: float | None = None
    worker_price: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("payer_price", "payer_price", "float | None"),
        ("worker_price", "worker_price", "float | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "CustomOptionPrice") -> CustomOptionPrice:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_payer_price = g("payer_price")
        if f_payer_price is not None and f_payer_price.__class__ is not float:
            f_payer_price = _c.to_float(f_payer_price, "CustomOptionPrice.payer_price")
        f_worker_price = g("worker_price")
        if f_worker_price is not None and f_worker_price.__class__ is not float:
            f_worker_price = _c.to_float(f_worker_price, "CustomOptionPrice.worker_price")
        extra = d.keys() - _KNOWN
        return CustomOptionPrice(
            f_payer_price,
            f_worker_price,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
