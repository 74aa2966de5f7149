"""KworkExtra: An extra a buyer can add to a kwork order.

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
        "id",
        "name",
        "price",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkExtra(KworkModel):
    """An extra a buyer can add to a kwork order.

    Attributes:
        id: Extra id.
        name: Extra name.
        price: Extra price, in the kwork's currency (roubles for `ru` kworks, dollars for `en`).
    """

    id: int | None = None
    name: str | None = None
    price: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("price", "price", "float | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkExtra") -> KworkExtra:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id is not None and f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "KworkExtra.id")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "KworkExtra.name")
        f_price = g("price")
        if f_price is not None and f_price.__class__ is not float:
            f_price = _c.to_float(f_price, "KworkExtra.price")
        extra = d.keys() - _KNOWN
        return KworkExtra(
            f_id,
            f_name,
            f_price,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
