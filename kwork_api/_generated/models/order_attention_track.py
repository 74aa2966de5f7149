"""OrderAttentionTrack: A track entry that waits for the user to act.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("track_id", "track_id", "int"),
        ("title", "title", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderAttentionTrack") -> OrderAttentionTrack:
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
        extra = d.keys() - _KNOWN
        return OrderAttentionTrack(
            f_track_id,
            f_title,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
