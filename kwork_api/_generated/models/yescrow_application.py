"""YescrowApplication: One application to work or pay as a business, and its review status.

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
        "status",
        "type",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class YescrowApplication(KworkModel):
    """One application to work or pay as a business, and its review status.

    Attributes:
        status: Review status: `0` under review, `1` approved, `2` rejected.
        type: Kind of business: for a freelancer `0` self-employed or `1` sole trader; for a
            buyer `2` legal entity, `3` self-employed or `4` sole trader.
    """

    status: int | None = None
    type: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("status", "status", "int | None"),
        ("type", "type", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], YescrowApplication]]


def _from_wire(
    d: Any,
    where: str = "YescrowApplication",
    _new: Callable[[type[YescrowApplication]], YescrowApplication] = object.__new__,
    _s_status: Callable[[YescrowApplication, Any], None] = YescrowApplication.__dict__["status"].__set__,
    _s_type: Callable[[YescrowApplication, Any], None] = YescrowApplication.__dict__["type"].__set__,
    _s_additional_properties: Callable[[YescrowApplication, Any], None] = YescrowApplication.__dict__[
        "additional_properties"
    ].__set__,
) -> YescrowApplication:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not int:
        f_status = _c.to_int(f_status, "YescrowApplication.status")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not int:
        f_type = _c.to_int(f_type, "YescrowApplication.type")
    o = _new(YescrowApplication)
    _s_status(o, f_status)
    _s_type(o, f_type)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


YescrowApplication._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
