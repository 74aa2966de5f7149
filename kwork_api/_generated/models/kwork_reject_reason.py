"""KworkRejectReason: Why a moderator rejected a kwork.

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
        "wording",
        "decision",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkRejectReason(KworkModel):
    """Why a moderator rejected a kwork.

    Attributes:
        wording: What is wrong.
        decision: How to fix it.
    """

    wording: str | None = None
    decision: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("wording", "wording", "str | None"),
        ("decision", "decision", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkRejectReason]]


def _from_wire(
    d: Any,
    where: str = "KworkRejectReason",
    _new: Callable[[type[KworkRejectReason]], KworkRejectReason] = object.__new__,
    _s_wording: Callable[[KworkRejectReason, Any], None] = KworkRejectReason.__dict__["wording"].__set__,
    _s_decision: Callable[[KworkRejectReason, Any], None] = KworkRejectReason.__dict__["decision"].__set__,
    _s_additional_properties: Callable[[KworkRejectReason, Any], None] = KworkRejectReason.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkRejectReason:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_wording = g("wording")
    if f_wording is not None and f_wording.__class__ is not str:
        f_wording = _c.to_str(f_wording, "KworkRejectReason.wording")
    f_decision = g("decision")
    if f_decision is not None and f_decision.__class__ is not str:
        f_decision = _c.to_str(f_decision, "KworkRejectReason.decision")
    o = _new(KworkRejectReason)
    _s_wording(o, f_wording)
    _s_decision(o, f_decision)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkRejectReason._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
