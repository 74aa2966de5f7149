"""`favoriteCategories`: List the user's favourite categories.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import favorite_catalog_category as _m_favorite_catalog_category

if TYPE_CHECKING:
    from ...models.favorite_catalog_category import FavoriteCatalogCategory

OPERATION: Operation[list[FavoriteCatalogCategory]] = Operation(
    method="favoriteCategories",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(
        _c.model_converter(_m_favorite_catalog_category.FavoriteCatalogCategory._from_wire)
    ),
    empty="list",
    paged=None,
    session=None,
    returns="list[FavoriteCatalogCategory]",
)
