"""KworkRejectReason: Why a moderator rejected a kwork.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("wording", "wording", "str | None"),
        ("decision", "decision", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkRejectReason") -> KworkRejectReason:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_wording = g("wording")
        if f_wording is not None and f_wording.__class__ is not str:
            f_wording = _c.to_str(f_wording, "KworkRejectReason.wording")
        f_decision = g("decision")
        if f_decision is not None and f_decision.__class__ is not str:
            f_decision = _c.to_str(f_decision, "KworkRejectReason.decision")
        extra = d.keys() - _KNOWN
        return KworkRejectReason(
            f_wording,
            f_decision,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
