"""`setUserType`: Switch the account between buyer and freelancer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import feature as _m_feature

if TYPE_CHECKING:
    from ...models.feature import Feature

OPERATION: Operation[Feature] = Operation(
    method="setUserType",
    auth="required",
    replay_safe=False,
    params=(Param("type", "type", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_feature.Feature._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="Feature",
)
