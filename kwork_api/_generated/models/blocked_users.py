"""BlockedUsers: The users the signed-in user has blocked in dialogs.

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
        "blockedUserIds",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class BlockedUsers(KworkModel):
    """The users the signed-in user has blocked in dialogs.

    Attributes:
        blocked_user_ids: Ids of the blocked users. Wire name: `blockedUserIds`.
    """

    blocked_user_ids: list[int] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("blocked_user_ids", "blockedUserIds", "list[int] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], BlockedUsers]]


def _from_wire(
    d: Any,
    where: str = "BlockedUsers",
    _new: Callable[[type[BlockedUsers]], BlockedUsers] = object.__new__,
    _s_blocked_user_ids: Callable[[BlockedUsers, Any], None] = BlockedUsers.__dict__[
        "blocked_user_ids"
    ].__set__,
    _s_additional_properties: Callable[[BlockedUsers, Any], None] = BlockedUsers.__dict__[
        "additional_properties"
    ].__set__,
) -> BlockedUsers:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_blocked_user_ids = g("blockedUserIds")
    if f_blocked_user_ids is not None:
        f_blocked_user_ids = _c.to_list(f_blocked_user_ids, _c.to_int, "BlockedUsers.blocked_user_ids")
    o = _new(BlockedUsers)
    _s_blocked_user_ids(o, f_blocked_user_ids)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


BlockedUsers._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
