"""CompanyVerification: Verification status of a submitted company.

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
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CompanyVerification(KworkModel):
    """Verification status of a submitted company.

    Attributes:
        status: 0 while under review, 1 when approved, 2 when rejected.
    """

    status: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("status", "status", "int | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CompanyVerification]]


def _from_wire(
    d: Any,
    where: str = "CompanyVerification",
    _new: Callable[[type[CompanyVerification]], CompanyVerification] = object.__new__,
    _s_status: Callable[[CompanyVerification, Any], None] = CompanyVerification.__dict__["status"].__set__,
    _s_additional_properties: Callable[[CompanyVerification, Any], None] = CompanyVerification.__dict__[
        "additional_properties"
    ].__set__,
) -> CompanyVerification:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not int:
        f_status = _c.to_int(f_status, "CompanyVerification.status")
    o = _new(CompanyVerification)
    _s_status(o, f_status)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CompanyVerification._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
