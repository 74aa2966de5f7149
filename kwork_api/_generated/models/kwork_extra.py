"""KworkExtra: An extra a buyer can add to a kwork order.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("price", "price", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkExtra]]


def _from_wire(
    d: Any,
    where: str = "KworkExtra",
    _new: Callable[[type[KworkExtra]], KworkExtra] = object.__new__,
    _s_id: Callable[[KworkExtra, Any], None] = KworkExtra.__dict__["id"].__set__,
    _s_name: Callable[[KworkExtra, Any], None] = KworkExtra.__dict__["name"].__set__,
    _s_price: Callable[[KworkExtra, Any], None] = KworkExtra.__dict__["price"].__set__,
    _s_additional_properties: Callable[[KworkExtra, Any], None] = KworkExtra.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkExtra:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "KworkExtra.price")
    o = _new(KworkExtra)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_price(o, f_price)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkExtra._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
