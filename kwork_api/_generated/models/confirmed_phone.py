"""ConfirmedPhone: A phone number confirmed and attached to the account.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("phone", "phone", "str | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ConfirmedPhone]]


def _from_wire(
    d: Any,
    where: str = "ConfirmedPhone",
    _new: Callable[[type[ConfirmedPhone]], ConfirmedPhone] = object.__new__,
    _s_phone: Callable[[ConfirmedPhone, Any], None] = ConfirmedPhone.__dict__["phone"].__set__,
    _s_additional_properties: Callable[[ConfirmedPhone, Any], None] = ConfirmedPhone.__dict__[
        "additional_properties"
    ].__set__,
) -> ConfirmedPhone:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_phone = g("phone")
    if f_phone is not None and f_phone.__class__ is not str:
        f_phone = _c.to_str(f_phone, "ConfirmedPhone.phone")
    o = _new(ConfirmedPhone)
    _s_phone(o, f_phone)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ConfirmedPhone._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
