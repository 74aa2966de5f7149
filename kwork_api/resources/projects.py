"""`client.projects`: The project exchange, where buyers post tasks and freelancers send offers.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from kwork_api._generated.api.projects import (
    projects as _projects,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.project import Project
    from kwork_api._generated.models.projects_response import ProjectsResponse

__all__ = ["AsyncProjectsResource", "ProjectsResource"]


class ProjectsResource(SyncResource):
    """The project exchange, where buyers post tasks and freelancers send offers."""

    __slots__ = ()

    def get_list(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        page: int | None = None,
        query: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectsResponse:
        """List exchange projects matching filters.

        One page of projects (buyer requests) on the exchange, newest first.

        Args:
            categories: Category ids to search in. Empty means the user's favourite categories.
            price_from: Lowest budget, in roubles, inclusive.
            price_to: Highest budget, in roubles, inclusive.
            page: Page number, starting at 1.
            query: Free-text search.

        Returns:
            ProjectsResponse.

        Kwork method `projects`; replay-safe (retried on transient failures).
        """
        return self._call(
            _projects.OPERATION, (categories, price_from, price_to, page, query), timeout, max_retries
        )

    def iter_list(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        query: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Project]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List exchange projects matching filters.

        Args:
            categories: Category ids to search in. Empty means the user's favourite categories.
            price_from: Lowest budget, in roubles, inclusive.
            price_to: Highest budget, in roubles, inclusive.
            query: Free-text search.

        Returns:
            An iterator of Project.

        Kwork method `projects`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _projects.OPERATION, (categories, price_from, price_to, None, query), timeout, max_retries
        )


class AsyncProjectsResource(AsyncResource):
    """The project exchange, where buyers post tasks and freelancers send offers."""

    __slots__ = ()

    async def get_list(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        page: int | None = None,
        query: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectsResponse:
        """List exchange projects matching filters.

        One page of projects (buyer requests) on the exchange, newest first.

        Args:
            categories: Category ids to search in. Empty means the user's favourite categories.
            price_from: Lowest budget, in roubles, inclusive.
            price_to: Highest budget, in roubles, inclusive.
            page: Page number, starting at 1.
            query: Free-text search.

        Returns:
            ProjectsResponse.

        Kwork method `projects`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _projects.OPERATION, (categories, price_from, price_to, page, query), timeout, max_retries
        )

    def iter_list(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        query: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Project]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List exchange projects matching filters.

        Args:
            categories: Category ids to search in. Empty means the user's favourite categories.
            price_from: Lowest budget, in roubles, inclusive.
            price_to: Highest budget, in roubles, inclusive.
            query: Free-text search.

        Returns:
            An iterator of Project.

        Kwork method `projects`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _projects.OPERATION, (categories, price_from, price_to, None, query), timeout, max_retries
        )
