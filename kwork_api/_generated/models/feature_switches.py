"""FeatureSwitches: Site features turned on or off for the user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import vat_rate_blocking as _m_vat_rate_blocking

if TYPE_CHECKING:
    from .vat_rate_blocking import VatRateBlocking

_KNOWN = frozenset(
    {
        "is_exchange_available",
        "vat_rate_blocking",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class FeatureSwitches(KworkModel):
    """Site features turned on or off for the user.

    Attributes:
        is_exchange_available: True when the user may use the project exchange.
        vat_rate_blocking: Whether to warn about a VAT rate that blocks some actions.
    """

    is_exchange_available: bool | None = None
    vat_rate_blocking: VatRateBlocking | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("is_exchange_available", "is_exchange_available", "bool | None"),
        ("vat_rate_blocking", "vat_rate_blocking", "VatRateBlocking | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], FeatureSwitches]]


def _from_wire(
    d: Any,
    where: str = "FeatureSwitches",
    _new: Callable[[type[FeatureSwitches]], FeatureSwitches] = object.__new__,
    _s_is_exchange_available: Callable[[FeatureSwitches, Any], None] = FeatureSwitches.__dict__[
        "is_exchange_available"
    ].__set__,
    _s_vat_rate_blocking: Callable[[FeatureSwitches, Any], None] = FeatureSwitches.__dict__[
        "vat_rate_blocking"
    ].__set__,
    _s_additional_properties: Callable[[FeatureSwitches, Any], None] = FeatureSwitches.__dict__[
        "additional_properties"
    ].__set__,
) -> FeatureSwitches:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_is_exchange_available = g("is_exchange_available")
    if f_is_exchange_available is not None and f_is_exchange_available.__class__ is not bool:
        f_is_exchange_available = _c.to_bool(f_is_exchange_available, "FeatureSwitches.is_exchange_available")
    f_vat_rate_blocking = g("vat_rate_blocking")
    if f_vat_rate_blocking is not None:
        f_vat_rate_blocking = _c.to_model(
            f_vat_rate_blocking,
            _m_vat_rate_blocking.VatRateBlocking._from_wire,
            "FeatureSwitches.vat_rate_blocking",
        )
    o = _new(FeatureSwitches)
    _s_is_exchange_available(o, f_is_exchange_available)
    _s_vat_rate_blocking(o, f_vat_rate_blocking)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


FeatureSwitches._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
