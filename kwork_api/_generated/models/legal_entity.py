"""LegalEntity: Registered details of a company (legal entity).

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
        "company_name",
        "registration_number",
        "registration_reason_code",
        "address",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class LegalEntity(KworkModel):
    """Registered details of a company (legal entity).

    Attributes:
        company_name: Company name.
        registration_number: Main state registration number (OGRN), 13 digits.
        registration_reason_code: Tax registration reason code (KPP), 9 digits.
        address: Registered address.
    """

    company_name: str | None = None
    registration_number: str | None = None
    registration_reason_code: str | None = None
    address: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("company_name", "company_name", "str | None"),
        ("registration_number", "registration_number", "str | None"),
        ("registration_reason_code", "registration_reason_code", "str | None"),
        ("address", "address", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], LegalEntity]]


def _from_wire(
    d: Any,
    where: str = "LegalEntity",
    _new: Callable[[type[LegalEntity]], LegalEntity] = object.__new__,
    _s_company_name: Callable[[LegalEntity, Any], None] = LegalEntity.__dict__["company_name"].__set__,
    _s_registration_number: Callable[[LegalEntity, Any], None] = LegalEntity.__dict__[
        "registration_number"
    ].__set__,
    _s_registration_reason_code: Callable[[LegalEntity, Any], None] = LegalEntity.__dict__[
        "registration_reason_code"
    ].__set__,
    _s_address: Callable[[LegalEntity, Any], None] = LegalEntity.__dict__["address"].__set__,
    _s_additional_properties: Callable[[LegalEntity, Any], None] = LegalEntity.__dict__[
        "additional_properties"
    ].__set__,
) -> LegalEntity:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_company_name = g("company_name")
    if f_company_name is not None and f_company_name.__class__ is not str:
        f_company_name = _c.to_str(f_company_name, "LegalEntity.company_name")
    f_registration_number = g("registration_number")
    if f_registration_number is not None and f_registration_number.__class__ is not str:
        f_registration_number = _c.to_str(f_registration_number, "LegalEntity.registration_number")
    f_registration_reason_code = g("registration_reason_code")
    if f_registration_reason_code is not None and f_registration_reason_code.__class__ is not str:
        f_registration_reason_code = _c.to_str(
            f_registration_reason_code, "LegalEntity.registration_reason_code"
        )
    f_address = g("address")
    if f_address is not None and f_address.__class__ is not str:
        f_address = _c.to_str(f_address, "LegalEntity.address")
    o = _new(LegalEntity)
    _s_company_name(o, f_company_name)
    _s_registration_number(o, f_registration_number)
    _s_registration_reason_code(o, f_registration_reason_code)
    _s_address(o, f_address)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


LegalEntity._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
