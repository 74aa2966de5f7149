"""CompanyDetails: Registered details found for a tax number; one of the two parts is set.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import individual_entrepreneur as _m_individual_entrepreneur
from . import legal_entity as _m_legal_entity

if TYPE_CHECKING:
    from .individual_entrepreneur import IndividualEntrepreneur
    from .legal_entity import LegalEntity

_KNOWN = frozenset(
    {
        "ip",
        "ooo",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CompanyDetails(KworkModel):
    """Registered details found for a tax number; one of the two parts is set.

    Attributes:
        ip: Details of an individual entrepreneur, when the number belongs to one.
        ooo: Details of a company (legal entity), when the number belongs to one.
    """

    ip: IndividualEntrepreneur | None = None
    ooo: LegalEntity | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("ip", "ip", "IndividualEntrepreneur | None"),
        ("ooo", "ooo", "LegalEntity | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CompanyDetails]]


def _from_wire(
    d: Any,
    where: str = "CompanyDetails",
    _new: Callable[[type[CompanyDetails]], CompanyDetails] = object.__new__,
    _s_ip: Callable[[CompanyDetails, Any], None] = CompanyDetails.__dict__["ip"].__set__,
    _s_ooo: Callable[[CompanyDetails, Any], None] = CompanyDetails.__dict__["ooo"].__set__,
    _s_additional_properties: Callable[[CompanyDetails, Any], None] = CompanyDetails.__dict__[
        "additional_properties"
    ].__set__,
) -> CompanyDetails:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_ip = g("ip")
    if f_ip is not None:
        f_ip = _c.to_model(
            f_ip, _m_individual_entrepreneur.IndividualEntrepreneur._from_wire, "CompanyDetails.ip"
        )
    f_ooo = g("ooo")
    if f_ooo is not None:
        f_ooo = _c.to_model(f_ooo, _m_legal_entity.LegalEntity._from_wire, "CompanyDetails.ooo")
    o = _new(CompanyDetails)
    _s_ip(o, f_ip)
    _s_ooo(o, f_ooo)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CompanyDetails._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
