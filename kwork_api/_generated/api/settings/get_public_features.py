"""`getPublicFeatures`: Get the features enabled for everyone, before signing in.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import feature as _m_feature

if TYPE_CHECKING:
    from ...models.feature import Feature

OPERATION: Operation[Feature | None] = Operation(
    method="getPublicFeatures",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_feature.Feature._from_wire,
    empty="none",
    paged=None,
    session=None,
    returns="Feature | None",
)
