"""KworkCardActivity: Statistics of a kwork, shown to its owner.

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
        "views",
        "orders",
        "earned",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkCardActivity(KworkModel):
    """Statistics of a kwork, shown to its owner.

    Attributes:
        views: Number of views.
        orders: Number of orders.
        earned: Money earned with the kwork, in the account's currency.
    """

    views: int | None = None
    orders: int | None = None
    earned: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("views", "views", "int | None"),
        ("orders", "orders", "int | None"),
        ("earned", "earned", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkCardActivity]]


def _from_wire(
    d: Any,
    where: str = "KworkCardActivity",
    _new: Callable[[type[KworkCardActivity]], KworkCardActivity] = object.__new__,
    _s_views: Callable[[KworkCardActivity, Any], None] = KworkCardActivity.__dict__["views"].__set__,
    _s_orders: Callable[[KworkCardActivity, Any], None] = KworkCardActivity.__dict__["orders"].__set__,
    _s_earned: Callable[[KworkCardActivity, Any], None] = KworkCardActivity.__dict__["earned"].__set__,
    _s_additional_properties: Callable[[KworkCardActivity, Any], None] = KworkCardActivity.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkCardActivity:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_views = g("views")
    if f_views is not None and f_views.__class__ is not int:
        f_views = _c.to_int(f_views, "KworkCardActivity.views")
    f_orders = g("orders")
    if f_orders is not None and f_orders.__class__ is not int:
        f_orders = _c.to_int(f_orders, "KworkCardActivity.orders")
    f_earned = g("earned")
    if f_earned is not None and f_earned.__class__ is not float and f_earned.__class__ is not int:
        f_earned = _c.to_float(f_earned, "KworkCardActivity.earned")
    o = _new(KworkCardActivity)
    _s_views(o, f_views)
    _s_orders(o, f_orders)
    _s_earned(o, f_earned)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkCardActivity._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
