"""IndividualEntrepreneur: Registered details of an individual entrepreneur (sole proprietor).

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
        "registered_name",
        "registration_number_personal",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class IndividualEntrepreneur(KworkModel):
    """Registered details of an individual entrepreneur (sole proprietor).

    Attributes:
        registered_name: Full name of the entrepreneur.
        registration_number_personal: Main state registration number of the entrepreneur
            (OGRNIP), 15 digits.
    """

    registered_name: str | None = None
    registration_number_personal: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("registered_name", "registered_name", "str | None"),
        ("registration_number_personal", "registration_number_personal", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], IndividualEntrepreneur]]


def _from_wire(
    d: Any,
    where: str = "IndividualEntrepreneur",
    _new: Callable[[type[IndividualEntrepreneur]], IndividualEntrepreneur] = object.__new__,
    _s_registered_name: Callable[[IndividualEntrepreneur, Any], None] = IndividualEntrepreneur.__dict__[
        "registered_name"
    ].__set__,
    _s_registration_number_personal: Callable[
        [IndividualEntrepreneur, Any], None
    ] = IndividualEntrepreneur.__dict__["registration_number_personal"].__set__,
    _s_additional_properties: Callable[[IndividualEntrepreneur, Any], None] = IndividualEntrepreneur.__dict__[
        "additional_properties"
    ].__set__,
) -> IndividualEntrepreneur:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_registered_name = g("registered_name")
    if f_registered_name is not None and f_registered_name.__class__ is not str:
        f_registered_name = _c.to_str(f_registered_name, "IndividualEntrepreneur.registered_name")
    f_registration_number_personal = g("registration_number_personal")
    if f_registration_number_personal is not None and f_registration_number_personal.__class__ is not str:
        f_registration_number_personal = _c.to_str(
            f_registration_number_personal, "IndividualEntrepreneur.registration_number_personal"
        )
    o = _new(IndividualEntrepreneur)
    _s_registered_name(o, f_registered_name)
    _s_registration_number_personal(o, f_registration_number_personal)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


IndividualEntrepreneur._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
