"""BlockedUsers: The users the signed-in user has blocked in dialogs.

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
        "blockedUserIds",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class BlockedUsers(KworkModel):
    """The users the signed-in user has blocked in dialogs.

    Attributes:
        blocked_user_ids: Ids of the blocked users. Wire name: `blockedUserIds`.
    """

    blocked_user_ids: list[int] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("blocked_user_ids", "blockedUserIds", "list[int] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "BlockedUsers") -> BlockedUsers:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_blocked_user_ids = g("blockedUserIds")
        if f_blocked_user_ids is not None:
            f_blocked_user_ids = _c.to_list(f_blocked_user_ids, _c.to_int, "BlockedUsers.blocked_user_ids")
        extra = d.keys() - _KNOWN
        return BlockedUsers(
            f_blocked_user_ids,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
