"""OrderDetails: The full content of an order: what was ordered, its stages and its important track entries.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    stages: list[OrderStage] | None = None
    key_tracks: list[OrderKeyTrack] | None = None
    attention_tracks: list[OrderAttentionTrack] | None = None
    volume: list[OrderVolume] | None = None
    draft: str | None = None
    draft_details: MessageDraft | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderDetails") -> OrderDetails:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_details = g("details")
        if f_details is not None:
            f_details = _c.to_model(
                f_details, _m_order_content.OrderContent._from_wire, "OrderDetails.details"
            )
        f_stages = g("stages")
        if f_stages is not None:
            f_stages = _c.to_list(f_stages, _m_order_stage.OrderStage._from_wire, "OrderDetails.stages")
        f_key_tracks = g("key_tracks")
        if f_key_tracks is not None:
            f_key_tracks = _c.to_list(
                f_key_tracks, _m_order_key_track.OrderKeyTrack._from_wire, "OrderDetails.key_tracks"
            )
        f_attention_tracks = g("attention_tracks")
        if f_attention_tracks is not None:
            f_attention_tracks = _c.to_list(
                f_attention_tracks,
                _m_order_attention_track.OrderAttentionTrack._from_wire,
                "OrderDetails.attention_tracks",
            )
        f_volume = g("volume")
        if f_volume is not None:
            f_volume = _c.to_list(f_volume, _m_order_volume.OrderVolume._from_wire, "OrderDetails.volume")
        f_draft = g("draft")
        if f_draft is not None and f_draft.__class__ is not str:
            f_draft = _c.to_str(f_draft, "OrderDetails.draft")
        f_draft_details = g("draft_details")
        if f_draft_details is not None:
            f_draft_details = _c.to_model(
                f_draft_details, _m_message_draft.MessageDraft._from_wire, "OrderDetails.draft_details"
            )
        extra = d.keys() - _KNOWN
        return OrderDetails(
            f_details,
            f_stages,
            f_key_tracks,
            f_attention_tracks,
            f_volume,
            f_draft,
            f_draft_details,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
