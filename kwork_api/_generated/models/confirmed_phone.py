"""ConfirmedPhone: A phone number confirmed and attached to the account.

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
        "phone",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ConfirmedPhone(KworkModel):
    """A phone number confirmed and attached to the account.

    Attributes:
        phone: The number, partly masked.
    """

    phone: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("phone", "phone", "str | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "ConfirmedPhone") -> ConfirmedPhone:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_phone = g("phone")
        if f_phone is not None and f_phone.__class__ is not str:
            f_phone = _c.to_str(f_phone, "ConfirmedPhone.phone")
        extra = d.keys() - _KNOWN
        return ConfirmedPhone(
            f_phone,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
