"""PhoneChangePermit: Permission to go on with a phone number change.

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
        "hash",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PhoneChangePermit(KworkModel):
    """Permission to go on with a phone number change.

    Attributes:
        hash: Confirmation hash to pass to `add_new_phone` or `send_whatsapp_code`.
    """

    hash: str | None = _attrs.field(default=None, repr=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("hash", "hash", "str | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "PhoneChangePermit") -> PhoneChangePermit:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_hash = g("hash")
        if f_hash is not None and f_hash.__class__ is not str:
            f_hash = _c.to_str(f_hash, "PhoneChangePermit.hash")
        extra = d.keys() - _KNOWN
        return PhoneChangePermit(
            f_hash,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
