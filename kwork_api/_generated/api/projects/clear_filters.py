"""`clearFilters`: Reset the freelancer's project exchange filters.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import exchange_filter as _m_exchange_filter

if TYPE_CHECKING:
    from ...models.exchange_filter import ExchangeFilter

OPERATION: Operation[list[ExchangeFilter]] = Operation(
    method="clearFilters",
    auth="required",
    replay_safe=False,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_exchange_filter.ExchangeFilter._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[ExchangeFilter]",
)
