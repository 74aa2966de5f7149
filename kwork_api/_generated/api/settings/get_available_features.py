"""`getAvailableFeatures`: Get the features and experiments enabled for the signed-in user.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import feature as _m_feature

if TYPE_CHECKING:
    from ...models.feature import Feature

OPERATION: Operation[Feature] = Operation(
    method="getAvailableFeatures",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_feature.Feature._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="Feature",
)
