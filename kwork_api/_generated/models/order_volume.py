"""OrderVolume: Volume ordered in a unit, with the unit's Russian word forms.

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
        "volume_amount",
        "name",
        "name_short",
        "name_plural_2_4",
        "name_plural_11_19",
        "name_accusative",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderVolume(KworkModel):
    """Volume ordered in a unit, with the unit's Russian word forms.

    Attributes:
        id: Volume unit id.
        volume_amount: Amount ordered, in this unit.
        name: Unit name, nominative singular.
        name_short: Short unit name.
        name_plural_2_4: Unit name used after 2 to 4.
        name_plural_11_19: Unit name used after 11 to 19 (and other plural counts).
        name_accusative: Unit name in the accusative case.
    """

    id: int | None = None
    volume_amount: float | None = None
    name: str | None = None
    name_short: str | None = None
    name_plural_2_4: str | None = None
    name_plural_11_19: str | None = None
    name_accusative: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("volume_amount", "volume_amount", "float | None"),
        ("name", "name", "str | None"),
        ("name_short", "name_short", "str | None"),
        ("name_plural_2_4", "name_plural_2_4", "str | None"),
        ("name_plural_11_19", "name_plural_11_19", "str | None"),
        ("name_accusative", "name_accusative", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderVolume]]


def _from_wire(
    d: Any,
    where: str = "OrderVolume",
    _new: Callable[[type[OrderVolume]], OrderVolume] = object.__new__,
    _s_id: Callable[[OrderVolume, Any], None] = OrderVolume.__dict__["id"].__set__,
    _s_volume_amount: Callable[[OrderVolume, Any], None] = OrderVolume.__dict__["volume_amount"].__set__,
    _s_name: Callable[[OrderVolume, Any], None] = OrderVolume.__dict__["name"].__set__,
    _s_name_short: Callable[[OrderVolume, Any], None] = OrderVolume.__dict__["name_short"].__set__,
    _s_name_plural_2_4: Callable[[OrderVolume, Any], None] = OrderVolume.__dict__["name_plural_2_4"].__set__,
    _s_name_plural_11_19: Callable[[OrderVolume, Any], None] = OrderVolume.__dict__[
        "name_plural_11_19"
    ].__set__,
    _s_name_accusative: Callable[[OrderVolume, Any], None] = OrderVolume.__dict__["name_accusative"].__set__,
    _s_additional_properties: Callable[[OrderVolume, Any], None] = OrderVolume.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderVolume:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderVolume.id")
    f_volume_amount = g("volume_amount")
    if (
        f_volume_amount is not None
        and f_volume_amount.__class__ is not float
        and f_volume_amount.__class__ is not int
    ):
        f_volume_amount = _c.to_float(f_volume_amount, "OrderVolume.volume_amount")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "OrderVolume.name")
    f_name_short = g("name_short")
    if f_name_short is not None and f_name_short.__class__ is not str:
        f_name_short = _c.to_str(f_name_short, "OrderVolume.name_short")
    f_name_plural_2_4 = g("name_plural_2_4")
    if f_name_plural_2_4 is not None and f_name_plural_2_4.__class__ is not str:
        f_name_plural_2_4 = _c.to_str(f_name_plural_2_4, "OrderVolume.name_plural_2_4")
    f_name_plural_11_19 = g("name_plural_11_19")
    if f_name_plural_11_19 is not None and f_name_plural_11_19.__class__ is not str:
        f_name_plural_11_19 = _c.to_str(f_name_plural_11_19, "OrderVolume.name_plural_11_19")
    f_name_accusative = g("name_accusative")
    if f_name_accusative is not None and f_name_accusative.__class__ is not str:
        f_name_accusative = _c.to_str(f_name_accusative, "OrderVolume.name_accusative")
    o = _new(OrderVolume)
    _s_id(o, f_id)
    _s_volume_amount(o, f_volume_amount)
    _s_name(o, f_name)
    _s_name_short(o, f_name_short)
    _s_name_plural_2_4(o, f_name_plural_2_4)
    _s_name_plural_11_19(o, f_name_plural_11_19)
    _s_name_accusative(o, f_name_accusative)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderVolume._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
