"""KworkCardActivity: Statistics of a kwork, shown to its owner.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("views", "views", "int | None"),
        ("orders", "orders", "int | None"),
        ("earned", "earned", "float | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkCardActivity") -> KworkCardActivity:
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
        if f_earned is not None and f_earned.__class__ is not float:
            f_earned = _c.to_float(f_earned, "KworkCardActivity.earned")
        extra = d.keys() - _KNOWN
        return KworkCardActivity(
            f_views,
            f_orders,
            f_earned,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
