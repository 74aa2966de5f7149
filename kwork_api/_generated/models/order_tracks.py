"""OrderTracks: The tracks of an order, with its review block.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_review_block as _m_order_review_block
from . import track as _m_track

if TYPE_CHECKING:
    from .order_review_block import OrderReviewBlock
    from .track import Track

_KNOWN = frozenset(
    {
        "messages",
        "review",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderTracks(KworkModel):
    """The tracks of an order, with its review block.

    Attributes:
        messages: The tracks.
        review: The buyer's review and the seller's answer, once there is a review.
    """

    messages: list[Track] | None = _attrs.field(default=None, hash=False)
    review: OrderReviewBlock | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("messages", "messages", "list[Track] | None"),
        ("review", "review", "OrderReviewBlock | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderTracks]]


def _from_wire(
    d: Any,
    where: str = "OrderTracks",
    _new: Callable[[type[OrderTracks]], OrderTracks] = object.__new__,
    _s_messages: Callable[[OrderTracks, Any], None] = OrderTracks.__dict__["messages"].__set__,
    _s_review: Callable[[OrderTracks, Any], None] = OrderTracks.__dict__["review"].__set__,
    _s_additional_properties: Callable[[OrderTracks, Any], None] = OrderTracks.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderTracks:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_messages = g("messages")
    if f_messages is not None:
        if f_messages.__class__ is list:
            f_messages = list(map(_m_track.Track._from_wire, f_messages))
        else:
            f_messages = _c.to_list(f_messages, _m_track.Track._from_wire, "OrderTracks.messages")
    f_review = g("review")
    if f_review is not None:
        f_review = _c.to_model(
            f_review, _m_order_review_block.OrderReviewBlock._from_wire, "OrderTracks.review"
        )
    o = _new(OrderTracks)
    _s_messages(o, f_messages)
    _s_review(o, f_review)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderTracks._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
