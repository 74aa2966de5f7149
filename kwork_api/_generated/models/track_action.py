"""TrackAction: An action available on a track entry, such as accepting or declining.

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
        "id",
        "data",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackAction(KworkModel):
    """An action available on a track entry, such as accepting or declining.

    Attributes:
        id: Action id.
        data: Data the app needs to offer the action.
    """

    id: str | None = None
    data: Any = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str | None"),
        ("data", "data", "Any"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "TrackAction") -> TrackAction:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id is not None and f_id.__class__ is not str:
            f_id = _c.to_str(f_id, "TrackAction.id")
        f_data = g("data")
        extra = d.keys() - _KNOWN
        return TrackAction(
            f_id,
            f_data,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
