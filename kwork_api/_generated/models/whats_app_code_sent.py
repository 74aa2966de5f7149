"""WhatsAppCodeSent: A confirmation code sent by WhatsApp.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("timeout_", "timeout", "int | None"),
        ("phone", "phone", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], WhatsAppCodeSent]]


def _from_wire(
    d: Any,
    where: str = "WhatsAppCodeSent",
    _new: Callable[[type[WhatsAppCodeSent]], WhatsAppCodeSent] = object.__new__,
    _s_timeout_: Callable[[WhatsAppCodeSent, Any], None] = WhatsAppCodeSent.__dict__["timeout_"].__set__,
    _s_phone: Callable[[WhatsAppCodeSent, Any], None] = WhatsAppCodeSent.__dict__["phone"].__set__,
    _s_additional_properties: Callable[[WhatsAppCodeSent, Any], None] = WhatsAppCodeSent.__dict__[
        "additional_properties"
    ].__set__,
) -> WhatsAppCodeSent:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_timeout_ = g("timeout")
    if f_timeout_ is not None and f_timeout_.__class__ is not int:
        f_timeout_ = _c.to_int(f_timeout_, "WhatsAppCodeSent.timeout_")
    f_phone = g("phone")
    if f_phone is not None and f_phone.__class__ is not str:
        f_phone = _c.to_str(f_phone, "WhatsAppCodeSent.phone")
    o = _new(WhatsAppCodeSent)
    _s_timeout_(o, f_timeout_)
    _s_phone(o, f_phone)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


WhatsAppCodeSent._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
