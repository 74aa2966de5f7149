"""TrackStageOffer: A stage proposed in a counter-offer.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("amount", "amount", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackStageOffer]]


def _from_wire(
    d: Any,
    where: str = "TrackStageOffer",
    _new: Callable[[type[TrackStageOffer]], TrackStageOffer] = object.__new__,
    _s_id: Callable[[TrackStageOffer, Any], None] = TrackStageOffer.__dict__["id"].__set__,
    _s_title: Callable[[TrackStageOffer, Any], None] = TrackStageOffer.__dict__["title"].__set__,
    _s_amount: Callable[[TrackStageOffer, Any], None] = TrackStageOffer.__dict__["amount"].__set__,
    _s_additional_properties: Callable[[TrackStageOffer, Any], None] = TrackStageOffer.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackStageOffer:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    if f_amount is not None and f_amount.__class__ is not float and f_amount.__class__ is not int:
        f_amount = _c.to_float(f_amount, "TrackStageOffer.amount")
    o = _new(TrackStageOffer)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_amount(o, f_amount)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackStageOffer._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
