"""OrderReportTrack: A track entry created for an order report.

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
        "trackId",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderReportTrack(KworkModel):
    """A track entry created for an order report.

    Attributes:
        track_id: Id of the track entry; pass it as `track_id` to edit the report. Wire name:
            `trackId`.
    """

    track_id: int
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("track_id", "trackId", "int"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderReportTrack]]


def _from_wire(
    d: Any,
    where: str = "OrderReportTrack",
    _new: Callable[[type[OrderReportTrack]], OrderReportTrack] = object.__new__,
    _s_track_id: Callable[[OrderReportTrack, Any], None] = OrderReportTrack.__dict__["track_id"].__set__,
    _s_additional_properties: Callable[[OrderReportTrack, Any], None] = OrderReportTrack.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderReportTrack:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_track_id = g("trackId")
    if f_track_id.__class__ is not int:
        f_track_id = _c.to_int(f_track_id, "OrderReportTrack.track_id")
        if f_track_id is None:
            raise _c.missing("OrderReportTrack.track_id")
    o = _new(OrderReportTrack)
    _s_track_id(o, f_track_id)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderReportTrack._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
