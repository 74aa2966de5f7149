"""WhatsAppCodeSent: A confirmation code sent by WhatsApp.

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
        "timeout",
        "phone",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class WhatsAppCodeSent(KworkModel):
    """A confirmation code sent by WhatsApp.

    Attributes:
        timeout_: Seconds before another code may be requested. Wire name: `timeout`.
        phone: The phone number the code went to, partly masked.
    """

    timeout_: int | None = None
    phone: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("timeout_", "timeout", "int | None"),
        ("phone", "phone", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "WhatsAppCodeSent") -> WhatsAppCodeSent:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_timeout_ = g("timeout")
        if f_timeout_ is not None and f_timeout_.__class__ is not int:
            f_timeout_ = _c.to_int(f_timeout_, "WhatsAppCodeSent.timeout_")
        f_phone = g("phone")
        if f_phone is not None and f_phone.__class__ is not str:
            f_phone = _c.to_str(f_phone, "WhatsAppCodeSent.phone")
        extra = d.keys() - _KNOWN
        return WhatsAppCodeSent(
            f_timeout_,
            f_phone,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
