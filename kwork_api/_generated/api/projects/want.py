"""`want`: Get a project with its statistics.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import want as _m_want

if TYPE_CHECKING:
    from ...models.want import Want

OPERATION: Operation[list[Want]] = Operation(
    method="want",
    auth="required",
    replay_safe=True,
    params=(Param("want_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_want.Want._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[Want]",
)
