"""`catalogMainv2`: Get the redesigned catalog start screen.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import catalog_home_v2 as _m_catalog_home_v2

if TYPE_CHECKING:
    from ...models.catalog_home_v2 import CatalogHomeV2

OPERATION: Operation[CatalogHomeV2] = Operation(
    method="catalogMainv2",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_catalog_home_v2.CatalogHomeV2._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CatalogHomeV2",
)
