"""`wantsStatusList`: List your projects grouped by status.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import want_status_group as _m_want_status_group

if TYPE_CHECKING:
    from ...models.want_status_group import WantStatusGroup

OPERATION: Operation[list[WantStatusGroup]] = Operation(
    method="wantsStatusList",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_want_status_group.WantStatusGroup._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[WantStatusGroup]",
)
