"""`checkUadDuplicate`: Check whether an installation id is used more than once.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import uad_duplicates as _m_uad_duplicates

if TYPE_CHECKING:
    from ...models.uad_duplicates import UadDuplicates

OPERATION: Operation[UadDuplicates] = Operation(
    method="checkUadDuplicate",
    auth="required",
    replay_safe=True,
    params=(Param("uad", "uad", "query", "plain", kind="str", required=True),),
    result="data",
    parse=_m_uad_duplicates.UadDuplicates._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="UadDuplicates",
)
