"""PhoneChangePermit: Permission to go on with a phone number change.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("hash", "hash", "str | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PhoneChangePermit]]


def _from_wire(
    d: Any,
    where: str = "PhoneChangePermit",
    _new: Callable[[type[PhoneChangePermit]], PhoneChangePermit] = object.__new__,
    _s_hash: Callable[[PhoneChangePermit, Any], None] = PhoneChangePermit.__dict__["hash"].__set__,
    _s_additional_properties: Callable[[PhoneChangePermit, Any], None] = PhoneChangePermit.__dict__[
        "additional_properties"
    ].__set__,
) -> PhoneChangePermit:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_hash = g("hash")
    if f_hash is not None and f_hash.__class__ is not str:
        f_hash = _c.to_str(f_hash, "PhoneChangePermit.hash")
    o = _new(PhoneChangePermit)
    _s_hash(o, f_hash)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PhoneChangePermit._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
