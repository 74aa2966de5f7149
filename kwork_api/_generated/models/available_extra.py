"""AvailableExtra: An extra that can be added to an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import extra_volume_range as _m_extra_volume_range

if TYPE_CHECKING:
    from .extra_volume_range import ExtraVolumeRange

_KNOWN = frozenset(
    {
        "id",
        "name",
        "payer_price",
        "worker_price",
        "currency",
        "time",
        "is_additional_kwork_extra",
        "is_extra_volume",
        "volume",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class AvailableExtra(KworkModel):
    """An extra that can be added to an order.

    Attributes:
        id: Extra id; use it as the key in `buy_extras`.
        name: Extra title.
        payer_price: Price for the buyer.
        worker_price: What the freelancer earns from it.
        currency: Currency code of the prices.
        time: Time the extra adds to the order.
        is_additional_kwork_extra: True when it buys more kworks or a bigger package rather than
            an option.
        is_extra_volume: True when it raises the order's volume.
        volume: Base and largest volume of the order, for volume extras.
    """

    id: int
    name: str | None = None
    payer_price: float | None = None
    worker_price: float | None = None
    currency: str | None = None
    time: int | None = None
    is_additional_kwork_extra: bool | None = None
    is_extra_volume: bool | None = None
    volume: list[ExtraVolumeRange] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("payer_price", "payer_price", "float | None"),
        ("worker_price", "worker_price", "float | None"),
        ("currency", "currency", "str | None"),
        ("time", "time", "int | None"),
        ("is_additional_kwork_extra", "is_additional_kwork_extra", "bool | None"),
        ("is_extra_volume", "is_extra_volume", "bool | None"),
        ("volume", "volume", "list[ExtraVolumeRange] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], AvailableExtra]]


def _from_wire(
    d: Any,
    where: str = "AvailableExtra",
    _new: Callable[[type[AvailableExtra]], AvailableExtra] = object.__new__,
    _s_id: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__["id"].__set__,
    _s_name: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__["name"].__set__,
    _s_payer_price: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__["payer_price"].__set__,
    _s_worker_price: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__["worker_price"].__set__,
    _s_currency: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__["currency"].__set__,
    _s_time: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__["time"].__set__,
    _s_is_additional_kwork_extra: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__[
        "is_additional_kwork_extra"
    ].__set__,
    _s_is_extra_volume: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__[
        "is_extra_volume"
    ].__set__,
    _s_volume: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__["volume"].__set__,
    _s_additional_properties: Callable[[AvailableExtra, Any], None] = AvailableExtra.__dict__[
        "additional_properties"
    ].__set__,
) -> AvailableExtra:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "AvailableExtra.id")
        if f_id is None:
            raise _c.missing("AvailableExtra.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "AvailableExtra.name")
    f_payer_price = g("payer_price")
    if (
        f_payer_price is not None
        and f_payer_price.__class__ is not float
        and f_payer_price.__class__ is not int
    ):
        f_payer_price = _c.to_float(f_payer_price, "AvailableExtra.payer_price")
    f_worker_price = g("worker_price")
    if (
        f_worker_price is not None
        and f_worker_price.__class__ is not float
        and f_worker_price.__class__ is not int
    ):
        f_worker_price = _c.to_float(f_worker_price, "AvailableExtra.worker_price")
    f_currency = g("currency")
    if f_currency is not None and f_currency.__class__ is not str:
        f_currency = _c.to_str(f_currency, "AvailableExtra.currency")
    f_time = g("time")
    if f_time is not None and f_time.__class__ is not int:
        f_time = _c.to_int(f_time, "AvailableExtra.time")
    f_is_additional_kwork_extra = g("is_additional_kwork_extra")
    if f_is_additional_kwork_extra is not None and f_is_additional_kwork_extra.__class__ is not bool:
        f_is_additional_kwork_extra = _c.to_bool(
            f_is_additional_kwork_extra, "AvailableExtra.is_additional_kwork_extra"
        )
    f_is_extra_volume = g("is_extra_volume")
    if f_is_extra_volume is not None and f_is_extra_volume.__class__ is not bool:
        f_is_extra_volume = _c.to_bool(f_is_extra_volume, "AvailableExtra.is_extra_volume")
    f_volume = g("volume")
    if f_volume is not None:
        if f_volume.__class__ is list:
            f_volume = list(map(_m_extra_volume_range.ExtraVolumeRange._from_wire, f_volume))
        else:
            f_volume = _c.to_list(
                f_volume, _m_extra_volume_range.ExtraVolumeRange._from_wire, "AvailableExtra.volume"
            )
    o = _new(AvailableExtra)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_payer_price(o, f_payer_price)
    _s_worker_price(o, f_worker_price)
    _s_currency(o, f_currency)
    _s_time(o, f_time)
    _s_is_additional_kwork_extra(o, f_is_additional_kwork_extra)
    _s_is_extra_volume(o, f_is_extra_volume)
    _s_volume(o, f_volume)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


AvailableExtra._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
