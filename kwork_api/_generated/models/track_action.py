"""TrackAction: An action available on a track entry, such as accepting or declining.

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
    data: Any = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str | None"),
        ("data", "data", "Any"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackAction]]


def _from_wire(
    d: Any,
    where: str = "TrackAction",
    _new: Callable[[type[TrackAction]], TrackAction] = object.__new__,
    _s_id: Callable[[TrackAction, Any], None] = TrackAction.__dict__["id"].__set__,
    _s_data: Callable[[TrackAction, Any], None] = TrackAction.__dict__["data"].__set__,
    _s_additional_properties: Callable[[TrackAction, Any], None] = TrackAction.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackAction:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not str:
        f_id = _c.to_str(f_id, "TrackAction.id")
    f_data = g("data")
    o = _new(TrackAction)
    _s_id(o, f_id)
    _s_data(o, f_data)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackAction._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
