"""IndividualEntrepreneur: Registered details of an individual entrepreneur (sole proprietor).

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("registered_name", "registered_name", "str | None"),
        ("registration_number_personal", "registration_number_personal", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "IndividualEntrepreneur") -> IndividualEntrepreneur:
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
        extra = d.keys() - _KNOWN
        return IndividualEntrepreneur(
            f_registered_name,
            f_registration_number_personal,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
