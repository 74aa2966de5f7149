"""ServiceFeeLevel: The fee percentage that applies from an amount up.

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
        "from",
        "percent",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ServiceFeeLevel(KworkModel):
    """The fee percentage that applies from an amount up.

    Attributes:
        from_: Amount from which this level applies. Wire name: `from`.
        percent: Fee in percent at this level.
    """

    from_: int | None = None
    percent: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("from_", "from", "int | None"),
        ("percent", "percent", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ServiceFeeLevel]]


def _from_wire(
    d: Any,
    where: str = "ServiceFeeLevel",
    _new: Callable[[type[ServiceFeeLevel]], ServiceFeeLevel] = object.__new__,
    _s_from_: Callable[[ServiceFeeLevel, Any], None] = ServiceFeeLevel.__dict__["from_"].__set__,
    _s_percent: Callable[[ServiceFeeLevel, Any], None] = ServiceFeeLevel.__dict__["percent"].__set__,
    _s_additional_properties: Callable[[ServiceFeeLevel, Any], None] = ServiceFeeLevel.__dict__[
        "additional_properties"
    ].__set__,
) -> ServiceFeeLevel:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_from_ = g("from")
    if f_from_ is not None and f_from_.__class__ is not int:
        f_from_ = _c.to_int(f_from_, "ServiceFeeLevel.from_")
    f_percent = g("percent")
    if f_percent is not None and f_percent.__class__ is not float and f_percent.__class__ is not int:
        f_percent = _c.to_float(f_percent, "ServiceFeeLevel.percent")
    o = _new(ServiceFeeLevel)
    _s_from_(o, f_from_)
    _s_percent(o, f_percent)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ServiceFeeLevel._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
