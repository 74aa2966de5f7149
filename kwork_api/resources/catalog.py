"""`client.catalog`: Categories and the catalog of kworks (fixed-price services).

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._generated.api.catalog import (
    categories as _categories,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.kwork_category import KworkCategory

__all__ = ["AsyncCatalogResource", "CatalogResource"]


class CatalogResource(SyncResource):
    """Categories and the catalog of kworks (fixed-price services)."""

    __slots__ = ()

    def get_categories(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[KworkCategory]:
        """Get the category tree.

        All catalog categories, nested up to three levels.

        Returns:
            list[KworkCategory].

        Kwork method `categories`; replay-safe (retried on transient failures).
        """
        return self._call(_categories.OPERATION, (), timeout, max_retries)


class AsyncCatalogResource(AsyncResource):
    """Categories and the catalog of kworks (fixed-price services)."""

    __slots__ = ()

    async def get_categories(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[KworkCategory]:
        """Get the category tree.

        All catalog categories, nested up to three levels.

        Returns:
            list[KworkCategory].

        Kwork method `categories`; replay-safe (retried on transient failures).
        """
        return await self._call(_categories.OPERATION, (), timeout, max_retries)
