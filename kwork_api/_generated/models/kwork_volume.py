"""KworkVolume: How a kwork sold by volume is measured and priced.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import volume_type as _m_volume_type

if TYPE_CHECKING:
    from .volume_type import VolumeType

_KNOWN = frozenset(
    {
        "volume_type_id",
        "base_volume",
        "base_volume_price",
        "base_volume_name",
        "max_volume",
        "min_days",
        "volume_types",
        "volume_label",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkVolume(KworkModel):
    """How a kwork sold by volume is measured and priced.

    Attributes:
        volume_type_id: Id of the unit the kwork is measured in.
        base_volume: Base volume, in that unit.
        base_volume_price: Price of the base volume, in the kwork's currency (roubles for `ru`
            kworks, dollars for `en`).
        base_volume_name: Name of the base volume.
        max_volume: Largest volume per order, in that unit.
        min_days: Days to deliver the base volume.
        volume_types: Units the buyer may order in.
        volume_label: Quantity label with the unit in the right grammatical form.
    """

    volume_type_id: int | None = None
    base_volume: int | None = None
    base_volume_price: float | None = None
    base_volume_name: str | None = None
    max_volume: int | None = None
    min_days: int | None = None
    volume_types: list[VolumeType] | None = _attrs.field(default=None, hash=False)
    volume_label: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("volume_type_id", "volume_type_id", "int | None"),
        ("base_volume", "base_volume", "int | None"),
        ("base_volume_price", "base_volume_price", "float | None"),
        ("base_volume_name", "base_volume_name", "str | None"),
        ("max_volume", "max_volume", "int | None"),
        ("min_days", "min_days", "int | None"),
        ("volume_types", "volume_types", "list[VolumeType] | None"),
        ("volume_label", "volume_label", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkVolume]]


def _from_wire(
    d: Any,
    where: str = "KworkVolume",
    _new: Callable[[type[KworkVolume]], KworkVolume] = object.__new__,
    _s_volume_type_id: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__["volume_type_id"].__set__,
    _s_base_volume: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__["base_volume"].__set__,
    _s_base_volume_price: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__[
        "base_volume_price"
    ].__set__,
    _s_base_volume_name: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__[
        "base_volume_name"
    ].__set__,
    _s_max_volume: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__["max_volume"].__set__,
    _s_min_days: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__["min_days"].__set__,
    _s_volume_types: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__["volume_types"].__set__,
    _s_volume_label: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__["volume_label"].__set__,
    _s_additional_properties: Callable[[KworkVolume, Any], None] = KworkVolume.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkVolume:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_volume_type_id = g("volume_type_id")
    if f_volume_type_id is not None and f_volume_type_id.__class__ is not int:
        f_volume_type_id = _c.to_int(f_volume_type_id, "KworkVolume.volume_type_id")
    f_base_volume = g("base_volume")
    if f_base_volume is not None and f_base_volume.__class__ is not int:
        f_base_volume = _c.to_int(f_base_volume, "KworkVolume.base_volume")
    f_base_volume_price = g("base_volume_price")
    if (
        f_base_volume_price is not None
        and f_base_volume_price.__class__ is not float
        and f_base_volume_price.__class__ is not int
    ):
        f_base_volume_price = _c.to_float(f_base_volume_price, "KworkVolume.base_volume_price")
    f_base_volume_name = g("base_volume_name")
    if f_base_volume_name is not None and f_base_volume_name.__class__ is not str:
        f_base_volume_name = _c.to_str(f_base_volume_name, "KworkVolume.base_volume_name")
    f_max_volume = g("max_volume")
    if f_max_volume is not None and f_max_volume.__class__ is not int:
        f_max_volume = _c.to_int(f_max_volume, "KworkVolume.max_volume")
    f_min_days = g("min_days")
    if f_min_days is not None and f_min_days.__class__ is not int:
        f_min_days = _c.to_int(f_min_days, "KworkVolume.min_days")
    f_volume_types = g("volume_types")
    if f_volume_types is not None:
        if f_volume_types.__class__ is list:
            f_volume_types = list(map(_m_volume_type.VolumeType._from_wire, f_volume_types))
        else:
            f_volume_types = _c.to_list(
                f_volume_types, _m_volume_type.VolumeType._from_wire, "KworkVolume.volume_types"
            )
    f_volume_label = g("volume_label")
    if f_volume_label is not None and f_volume_label.__class__ is not str:
        f_volume_label = _c.to_str(f_volume_label, "KworkVolume.volume_label")
    o = _new(KworkVolume)
    _s_volume_type_id(o, f_volume_type_id)
    _s_base_volume(o, f_base_volume)
    _s_base_volume_price(o, f_base_volume_price)
    _s_base_volume_name(o, f_base_volume_name)
    _s_max_volume(o, f_max_volume)
    _s_min_days(o, f_min_days)
    _s_volume_types(o, f_volume_types)
    _s_volume_label(o, f_volume_label)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkVolume._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
