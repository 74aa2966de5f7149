"""CustomOptionPrice: A price to choose for a custom option.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("payer_price", "payer_price", "float | None"),
        ("worker_price", "worker_price", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CustomOptionPrice]]


def _from_wire(
    d: Any,
    where: str = "CustomOptionPrice",
    _new: Callable[[type[CustomOptionPrice]], CustomOptionPrice] = object.__new__,
    _s_payer_price: Callable[[CustomOptionPrice, Any], None] = CustomOptionPrice.__dict__[
        "payer_price"
    ].__set__,
    _s_worker_price: Callable[[CustomOptionPrice, Any], None] = CustomOptionPrice.__dict__[
        "worker_price"
    ].__set__,
    _s_additional_properties: Callable[[CustomOptionPrice, Any], None] = CustomOptionPrice.__dict__[
        "additional_properties"
    ].__set__,
) -> CustomOptionPrice:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_payer_price = g("payer_price")
    if (
        f_payer_price is not None
        and f_payer_price.__class__ is not float
        and f_payer_price.__class__ is not int
    ):
        f_payer_price = _c.to_float(f_payer_price, "CustomOptionPrice.payer_price")
    f_worker_price = g("worker_price")
    if (
        f_worker_price is not None
        and f_worker_price.__class__ is not float
        and f_worker_price.__class__ is not int
    ):
        f_worker_price = _c.to_float(f_worker_price, "CustomOptionPrice.worker_price")
    o = _new(CustomOptionPrice)
    _s_payer_price(o, f_payer_price)
    _s_worker_price(o, f_worker_price)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CustomOptionPrice._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
