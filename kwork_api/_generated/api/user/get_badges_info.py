"""`getBadgesInfo`: Get the unread counters shown on the app's badges.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import unread_counters as _m_unread_counters

if TYPE_CHECKING:
    from ...models.unread_counters import UnreadCounters

OPERATION: Operation[UnreadCounters] = Operation(
    method="getBadgesInfo",
    auth="required",
    replay_safe=True,
    params=(
        Param("make_online", "makeOnline", "query", "plain", kind="bool"),
        Param("uad", "uad", "form", "plain", kind="str"),
    ),
    result="data",
    parse=_m_unread_counters.UnreadCounters._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="UnreadCounters",
)
