"""`exchangeInfo`: Get the user's project exchange counters.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import exchange_info as _m_exchange_info

if TYPE_CHECKING:
    from ...models.exchange_info import ExchangeInfo

OPERATION: Operation[ExchangeInfo] = Operation(
    method="exchangeInfo",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_exchange_info.ExchangeInfo._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="ExchangeInfo",
)
