"""`trackMessage`: Get one track by id.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import track as _m_track

if TYPE_CHECKING:
    from ...models.track import Track

OPERATION: Operation[list[Track]] = Operation(
    method="trackMessage",
    auth="required",
    replay_safe=True,
    params=(Param("track_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_track.Track._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[Track]",
)
