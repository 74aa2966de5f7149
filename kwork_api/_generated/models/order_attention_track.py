"""OrderAttentionTrack: A track entry that waits for the user to act.

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
        "track_id",
        "title",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderAttentionTrack(KworkModel):
    """A track entry that waits for the user to act.

    Attributes:
        track_id: Track entry id.
        title: What the entry asks for.
    """

    track_id: int
    title: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("track_id", "track_id", "int"),
        ("title", "title", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderAttentionTrack]]


def _from_wire(
    d: Any,
    where: str = "OrderAttentionTrack",
    _new: Callable[[type[OrderAttentionTrack]], OrderAttentionTrack] = object.__new__,
    _s_track_id: Callable[[OrderAttentionTrack, Any], None] = OrderAttentionTrack.__dict__[
        "track_id"
    ].__set__,
    _s_title: Callable[[OrderAttentionTrack, Any], None] = OrderAttentionTrack.__dict__["title"].__set__,
    _s_additional_properties: Callable[[OrderAttentionTrack, Any], None] = OrderAttentionTrack.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderAttentionTrack:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_track_id = g("track_id")
    if f_track_id.__class__ is not int:
        f_track_id = _c.to_int(f_track_id, "OrderAttentionTrack.track_id")
        if f_track_id is None:
            raise _c.missing("OrderAttentionTrack.track_id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "OrderAttentionTrack.title")
    o = _new(OrderAttentionTrack)
    _s_track_id(o, f_track_id)
    _s_title(o, f_title)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderAttentionTrack._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
