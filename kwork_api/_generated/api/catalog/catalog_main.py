"""`catalogMain`: Get the catalog start screen.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import catalog_home as _m_catalog_home

if TYPE_CHECKING:
    from ...models.catalog_home import CatalogHome

OPERATION: Operation[CatalogHome] = Operation(
    method="catalogMain",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_catalog_home.CatalogHome._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CatalogHome",
)
