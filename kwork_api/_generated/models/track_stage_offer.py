"""TrackStageOffer: A stage proposed in a counter-offer.

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
        "id",
        "title",
        "amount",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackStageOffer(KworkModel):
    """A stage proposed in a counter-offer.

    Attributes:
        id: Stage id.
        title: Stage title.
        amount: Stage price, in the order's currency.
    """

    id: int | None = None
    title: str | None = None
    amount: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("amount", "amount", "float | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "TrackStageOffer") -> TrackStageOffer:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id is not None and f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "TrackStageOffer.id")
        f_title = g("title")
        if f_title is not None and f_title.__class__ is not str:
            f_title = _c.to_str(f_title, "TrackStageOffer.title")
        f_amount = g("amount")
        if f_amount is not None and f_amount.__class__ is not float:
            f_amount = _c.to_float(f_amount, "TrackStageOffer.amount")
        extra = d.keys() - _KNOWN
        return TrackStageOffer(
            f_id,
            f_title,
            f_amount,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
