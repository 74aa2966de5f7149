"""`startKwork`: Switch one of your kworks on.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import kwork_start_result as _m_kwork_start_result

if TYPE_CHECKING:
    from ...models.kwork_start_result import KworkStartResult

OPERATION: Operation[list[KworkStartResult]] = Operation(
    method="startKwork",
    auth="required",
    replay_safe=False,
    params=(Param("kwork_id", "kwork_id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_kwork_start_result.KworkStartResult._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[KworkStartResult]",
)
