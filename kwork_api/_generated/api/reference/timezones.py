"""`timezones`: List the time zones.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import time_zone as _m_time_zone

if TYPE_CHECKING:
    from ...models.time_zone import TimeZone

OPERATION: Operation[list[TimeZone]] = Operation(
    method="timezones",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_time_zone.TimeZone._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[TimeZone]",
)
