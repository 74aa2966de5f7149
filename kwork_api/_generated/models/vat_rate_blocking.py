"""VatRateBlocking: A warning about the VAT rate.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("should_show", "should_show", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "VatRateBlocking") -> VatRateBlocking:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_should_show = g("should_show")
        if f_should_show is not None and f_should_show.__class__ is not bool:
            f_should_show = _c.to_bool(f_should_show, "VatRateBlocking.should_show")
        extra = d.keys() - _KNOWN
        return VatRateBlocking(
            f_should_show,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
