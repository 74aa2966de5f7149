"""DialogHistoryExtra: Extra facts about a dialog feed.

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
        "hasRemovedMessages",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogHistoryExtra(KworkModel):
    """Extra facts about a dialog feed.

    Attributes:
        has_removed_messages: True when some messages of the dialog were removed. Wire name:
            `hasRemovedMessages`.
    """

    has_removed_messages: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("has_removed_messages", "hasRemovedMessages", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], DialogHistoryExtra]]


def _from_wire(
    d: Any,
    where: str = "DialogHistoryExtra",
    _new: Callable[[type[DialogHistoryExtra]], DialogHistoryExtra] = object.__new__,
    _s_has_removed_messages: Callable[[DialogHistoryExtra, Any], None] = DialogHistoryExtra.__dict__[
        "has_removed_messages"
    ].__set__,
    _s_additional_properties: Callable[[DialogHistoryExtra, Any], None] = DialogHistoryExtra.__dict__[
        "additional_properties"
    ].__set__,
) -> DialogHistoryExtra:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_has_removed_messages = g("hasRemovedMessages")
    if f_has_removed_messages is not None and f_has_removed_messages.__class__ is not bool:
        f_has_removed_messages = _c.to_bool(f_has_removed_messages, "DialogHistoryExtra.has_removed_messages")
    o = _new(DialogHistoryExtra)
    _s_has_removed_messages(o, f_has_removed_messages)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


DialogHistoryExtra._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
