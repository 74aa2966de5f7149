"""`getSubscribersStatistics`: Get the subscriber history of a channel sold as a kwork.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import subscriber_count as _m_subscriber_count

if TYPE_CHECKING:
    from ...models.subscriber_count import SubscriberCount

OPERATION: Operation[list[SubscriberCount]] = Operation(
    method="getSubscribersStatistics",
    auth="optional",
    replay_safe=True,
    params=(Param("kwork_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_subscriber_count.SubscriberCount._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[SubscriberCount]",
)
