"""StageProgressReport: A stage progress report.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("track_id", "trackId", "int"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "StageProgressReport") -> StageProgressReport:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_track_id = g("trackId")
        if f_track_id.__class__ is not int:
            f_track_id = _c.to_int(f_track_id, "StageProgressReport.track_id")
            if f_track_id is None:
                raise _c.missing("StageProgressReport.track_id")
        extra = d.keys() - _KNOWN
        return StageProgressReport(
            f_track_id,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
