"""VatRateBlocking: A warning about the VAT rate.

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
        "should_show",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class VatRateBlocking(KworkModel):
    """A warning about the VAT rate.

    Attributes:
        should_show: True when the app should show the warning.
    """

    should_show: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("should_show", "should_show", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], VatRateBlocking]]


def _from_wire(
    d: Any,
    where: str = "VatRateBlocking",
    _new: Callable[[type[VatRateBlocking]], VatRateBlocking] = object.__new__,
    _s_should_show: Callable[[VatRateBlocking, Any], None] = VatRateBlocking.__dict__["should_show"].__set__,
    _s_additional_properties: Callable[[VatRateBlocking, Any], None] = VatRateBlocking.__dict__[
        "additional_properties"
    ].__set__,
) -> VatRateBlocking:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_should_show = g("should_show")
    if f_should_show is not None and f_should_show.__class__ is not bool:
        f_should_show = _c.to_bool(f_should_show, "VatRateBlocking.should_show")
    o = _new(VatRateBlocking)
    _s_should_show(o, f_should_show)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


VatRateBlocking._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
