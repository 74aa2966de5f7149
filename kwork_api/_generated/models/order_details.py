"""OrderDetails: The full content of an order: what was ordered, its stages and its important track entries.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import message_draft as _m_message_draft
from . import order_attention_track as _m_order_attention_track
from . import order_content as _m_order_content
from . import order_key_track as _m_order_key_track
from . import order_stage as _m_order_stage
from . import order_volume as _m_order_volume

if TYPE_CHECKING:
    from .message_draft import MessageDraft
    from .order_attention_track import OrderAttentionTrack
    from .order_content import OrderContent
    from .order_key_track import OrderKeyTrack
    from .order_stage import OrderStage
    from .order_volume import OrderVolume

_KNOWN = frozenset(
    {
        "details",
        "stages",
        "key_tracks",
        "attention_tracks",
        "volume",
        "draft",
        "draft_details",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderDetails(KworkModel):
    """The full content of an order: what was ordered, its stages and its important track entries.

    Attributes:
        details: What was ordered.
        stages: Stages, for staged orders.
        key_tracks: Key events in the order's track.
        attention_tracks: Track entries that wait for the user to act.
        volume: Volume ordered, for kworks priced per volume.
        draft: Legacy form of the draft; use `draft_details`.
        draft_details: The user's unsent draft message in the order.
    """

    details: OrderContent | None = None
    stages: list[OrderStage] | None = _attrs.field(default=None, hash=False)
    key_tracks: list[OrderKeyTrack] | None = _attrs.field(default=None, hash=False)
    attention_tracks: list[OrderAttentionTrack] | None = _attrs.field(default=None, hash=False)
    volume: list[OrderVolume] | None = _attrs.field(default=None, hash=False)
    draft: str | None = None
    draft_details: MessageDraft | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("details", "details", "OrderContent | None"),
        ("stages", "stages", "list[OrderStage] | None"),
        ("key_tracks", "key_tracks", "list[OrderKeyTrack] | None"),
        ("attention_tracks", "attention_tracks", "list[OrderAttentionTrack] | None"),
        ("volume", "volume", "list[OrderVolume] | None"),
        ("draft", "draft", "str | None"),
        ("draft_details", "draft_details", "MessageDraft | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderDetails]]


def _from_wire(
    d: Any,
    where: str = "OrderDetails",
    _new: Callable[[type[OrderDetails]], OrderDetails] = object.__new__,
    _s_details: Callable[[OrderDetails, Any], None] = OrderDetails.__dict__["details"].__set__,
    _s_stages: Callable[[OrderDetails, Any], None] = OrderDetails.__dict__["stages"].__set__,
    _s_key_tracks: Callable[[OrderDetails, Any], None] = OrderDetails.__dict__["key_tracks"].__set__,
    _s_attention_tracks: Callable[[OrderDetails, Any], None] = OrderDetails.__dict__[
        "attention_tracks"
    ].__set__,
    _s_volume: Callable[[OrderDetails, Any], None] = OrderDetails.__dict__["volume"].__set__,
    _s_draft: Callable[[OrderDetails, Any], None] = OrderDetails.__dict__["draft"].__set__,
    _s_draft_details: Callable[[OrderDetails, Any], None] = OrderDetails.__dict__["draft_details"].__set__,
    _s_additional_properties: Callable[[OrderDetails, Any], None] = OrderDetails.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderDetails:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_details = g("details")
    if f_details is not None:
        f_details = _c.to_model(f_details, _m_order_content.OrderContent._from_wire, "OrderDetails.details")
    f_stages = g("stages")
    if f_stages is not None:
        if f_stages.__class__ is list:
            f_stages = list(map(_m_order_stage.OrderStage._from_wire, f_stages))
        else:
            f_stages = _c.to_list(f_stages, _m_order_stage.OrderStage._from_wire, "OrderDetails.stages")
    f_key_tracks = g("key_tracks")
    if f_key_tracks is not None:
        if f_key_tracks.__class__ is list:
            f_key_tracks = list(map(_m_order_key_track.OrderKeyTrack._from_wire, f_key_tracks))
        else:
            f_key_tracks = _c.to_list(
                f_key_tracks, _m_order_key_track.OrderKeyTrack._from_wire, "OrderDetails.key_tracks"
            )
    f_attention_tracks = g("attention_tracks")
    if f_attention_tracks is not None:
        if f_attention_tracks.__class__ is list:
            f_attention_tracks = list(
                map(_m_order_attention_track.OrderAttentionTrack._from_wire, f_attention_tracks)
            )
        else:
            f_attention_tracks = _c.to_list(
                f_attention_tracks,
                _m_order_attention_track.OrderAttentionTrack._from_wire,
                "OrderDetails.attention_tracks",
            )
    f_volume = g("volume")
    if f_volume is not None:
        if f_volume.__class__ is list:
            f_volume = list(map(_m_order_volume.OrderVolume._from_wire, f_volume))
        else:
            f_volume = _c.to_list(f_volume, _m_order_volume.OrderVolume._from_wire, "OrderDetails.volume")
    f_draft = g("draft")
    if f_draft is not None and f_draft.__class__ is not str:
        f_draft = _c.to_str(f_draft, "OrderDetails.draft")
    f_draft_details = g("draft_details")
    if f_draft_details is not None:
        f_draft_details = _c.to_model(
            f_draft_details, _m_message_draft.MessageDraft._from_wire, "OrderDetails.draft_details"
        )
    o = _new(OrderDetails)
    _s_details(o, f_details)
    _s_stages(o, f_stages)
    _s_key_tracks(o, f_key_tracks)
    _s_attention_tracks(o, f_attention_tracks)
    _s_volume(o, f_volume)
    _s_draft(o, f_draft)
    _s_draft_details(o, f_draft_details)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderDetails._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
