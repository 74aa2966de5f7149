"""StageProgressReport: A stage progress report.

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
class StageProgressReport(KworkModel):
    """A stage progress report.

    Attributes:
        track_id: Id of the track entry that carries the report. Wire name: `trackId`.
    """

    track_id: int
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("track_id", "trackId", "int"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], StageProgressReport]]


def _from_wire(
    d: Any,
    where: str = "StageProgressReport",
    _new: Callable[[type[StageProgressReport]], StageProgressReport] = object.__new__,
    _s_track_id: Callable[[StageProgressReport, Any], None] = StageProgressReport.__dict__[
        "track_id"
    ].__set__,
    _s_additional_properties: Callable[[StageProgressReport, Any], None] = StageProgressReport.__dict__[
        "additional_properties"
    ].__set__,
) -> StageProgressReport:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_track_id = g("trackId")
    if f_track_id.__class__ is not int:
        f_track_id = _c.to_int(f_track_id, "StageProgressReport.track_id")
        if f_track_id is None:
            raise _c.missing("StageProgressReport.track_id")
    o = _new(StageProgressReport)
    _s_track_id(o, f_track_id)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


StageProgressReport._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
