"""`client.projects`: The project exchange, where buyers post tasks and freelancers send offers.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from kwork_api._generated.api.projects import (
    apply_filters as _apply_filters,
)
from kwork_api._generated.api.projects import (
    clear_filters as _clear_filters,
)
from kwork_api._generated.api.projects import (
    delete_offer as _delete_offer,
)
from kwork_api._generated.api.projects import (
    delete_want as _delete_want,
)
from kwork_api._generated.api.projects import (
    exchange_info as _exchange_info,
)
from kwork_api._generated.api.projects import (
    get_wants_count as _get_wants_count,
)
from kwork_api._generated.api.projects import (
    my_wants as _my_wants,
)
from kwork_api._generated.api.projects import (
    offer as _offer,
)
from kwork_api._generated.api.projects import (
    offers as _offers,
)
from kwork_api._generated.api.projects import (
    project as _project,
)
from kwork_api._generated.api.projects import (
    projects as _projects,
)
from kwork_api._generated.api.projects import (
    restart_want as _restart_want,
)
from kwork_api._generated.api.projects import (
    stop_want as _stop_want,
)
from kwork_api._generated.api.projects import (
    want as _want,
)
from kwork_api._generated.api.projects import (
    wants_status_list as _wants_status_list,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.exchange_filter import ExchangeFilter
    from kwork_api._generated.models.exchange_info import ExchangeInfo
    from kwork_api._generated.models.project import Project
    from kwork_api._generated.models.project_count import ProjectCount
    from kwork_api._generated.models.project_offer import ProjectOffer
    from kwork_api._generated.models.project_offers_response import ProjectOffersResponse
    from kwork_api._generated.models.projects_response import ProjectsResponse
    from kwork_api._generated.models.want import Want
    from kwork_api._generated.models.want_status_group import WantStatusGroup
    from kwork_api._generated.models.wants_response import WantsResponse

__all__ = ["AsyncProjectsResource", "ProjectsResource"]


class ProjectsResource(SyncResource):
    """The project exchange, where buyers post tasks and freelancers send offers."""

    __slots__ = ()

    def apply_filters(
        self,
        categories: Sequence[int],
        *,
        price_from: int | None = None,
        price_to: int | None = None,
        hiring_from: int | None = None,
        kworks_filter_from: int | None = None,
        kworks_filter_to: int | None = None,
        offers: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Save the freelancer's project exchange filters.

        Stores the filter set the exchange shows this freelancer by default: favourite categories,
        budget range, the buyer's hire rate and the number of offers a project already has.
        `clear_filters` goes back to the defaults.

        Args:
            categories: Ids of the favourite categories to keep in the filter, sent comma-separated.
            price_from: Lowest project budget, in the account's currency, inclusive.
            price_to: Highest project budget, in the account's currency, inclusive.
            hiring_from: Lowest hire rate of the buyer, in percent (0 to 100).
            kworks_filter_from: Only projects with more offers than this (exclusive).
            kworks_filter_to: Only projects with at most this many offers (inclusive).
            offers: Ids of offer-count ranges to keep, sent comma-separated (the ranges that
                `get_count` lists under `filters.offers`).

        Returns:
            None.

        Kwork method `applyFilters`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _apply_filters.OPERATION,
            (categories, price_from, price_to, hiring_from, kworks_filter_from, kworks_filter_to, offers),
            timeout,
            max_retries,
        )

    def clear_filters(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[ExchangeFilter]:
        """Reset the freelancer's project exchange filters.

        Drops the filters saved with `apply_filters` and answers with the filter set now in force.

        Returns:
            list[ExchangeFilter].

        Kwork method `clearFilters`; changes state (never resent once it may have reached the server).
        """
        return self._call(_clear_filters.OPERATION, (), timeout, max_retries)

    def delete_offer(
        self,
        offer_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Withdraw one of your offers on a project.

        Deletes an offer the signed-in freelancer sent to a buyer's project. The buyer no longer sees
        it.

        Args:
            offer_id: Id of the offer (not of the project), as in `get_offers`.

        Returns:
            None.

        Kwork method `deleteOffer`; changes state (never resent once it may have reached the server).
        """
        return self._call(_delete_offer.OPERATION, (offer_id,), timeout, max_retries)

    def delete_want(
        self,
        want_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete one of your own projects.

        Deletes a project (want) the signed-in buyer posted on the exchange.

        Args:
            want_id: Id of the buyer's project.

        Returns:
            None.

        Kwork method `deleteWant`; changes state (never resent once it may have reached the server).
        """
        return self._call(_delete_want.OPERATION, (want_id,), timeout, max_retries)

    def get(
        self,
        project_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Get one exchange project.

        A project (buyer request) as a freelancer sees it on the exchange, by id.

        Args:
            project_id: Project id.

        Returns:
            Project.

        Kwork method `project`; replay-safe (retried on transient failures).
        """
        return self._call(_project.OPERATION, (project_id,), timeout, max_retries)

    def get_count(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        hiring_from: int | None = None,
        kworks_filter_from: int | None = None,
        kworks_filter_to: int | None = None,
        query: str | None = None,
        attributes: Sequence[int] | None = None,
        offers: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectCount:
        """Count exchange projects matching filters.

        Takes the same filters as `get_list` and answers with the number of matching projects, plus how
        many of them fall into each budget range and each offer-count range. Cheaper than fetching pages
        when only the total is needed.

        Args:
            categories: Category ids to count in, sent comma-separated. Leave out to use the user's
                favourite categories; the server also takes the single value `all` for every
                category.
            price_from: Lowest project budget, in the account's currency, inclusive.
            price_to: Highest project budget, in the account's currency, inclusive.
            hiring_from: Lowest hire rate of the buyer, in percent (0 to 100).
            kworks_filter_from: Only projects with more offers than this (exclusive).
            kworks_filter_to: Only projects with at most this many offers (inclusive).
            query: Free-text search in project titles and descriptions.
            attributes: Ids of category attributes (classification values) the projects must have,
                sent comma-separated.
            offers: Ids of offer-count ranges to include, sent comma-separated (see `filters.offers`
                in the answer).

        Returns:
            ProjectCount.

        Kwork method `getWantsCount`; replay-safe (retried on transient failures).
        """
        return self._call(
            _get_wants_count.OPERATION,
            (
                categories,
                price_from,
                price_to,
                hiring_from,
                kworks_filter_from,
                kworks_filter_to,
                query,
                attributes,
                offers,
            ),
            timeout,
            max_retries,
        )

    def get_exchange_info(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> ExchangeInfo:
        """Get the user's project exchange counters.

        How many offers the user has on the exchange and how many of their projects are archived. The
        server may send these fields at the top level with no `success`/`response` envelope; the SDK
        reads such a body as the data itself.

        Returns:
            ExchangeInfo.

        Kwork method `exchangeInfo`; replay-safe (retried on transient failures).
        """
        return self._call(_exchange_info.OPERATION, (), timeout, max_retries)

    def get_list(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        hiring_from: int | None = None,
        kworks_filter_from: int | None = None,
        kworks_filter_to: int | None = None,
        page: int | None = None,
        query: str | None = None,
        attributes: Sequence[int] | None = None,
        offers: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectsResponse:
        """List exchange projects matching filters.

        One page of projects (buyer requests) on the exchange, newest first. Without `categories` it
        searches the user's favourite categories. The answer also carries the freelancer's connects
        balance, spent on sending offers.

        Args:
            categories: Category ids to search in, sent comma-separated. Leave out to search the
                user's favourite categories; the server also takes the single value `all` for every
                category.
            price_from: Lowest project budget, in the account's currency, inclusive.
            price_to: Highest project budget, in the account's currency, inclusive.
            hiring_from: Lowest hire rate of the buyer, in percent (0 to 100).
            kworks_filter_from: Only projects with more offers than this (exclusive).
            kworks_filter_to: Only projects with at most this many offers (inclusive).
            page: Page number, starting at 1.
            query: Free-text search in project titles and descriptions.
            attributes: Ids of category attributes (classification values) the projects must have,
                sent comma-separated.
            offers: Ids of offer-count ranges to include, sent comma-separated (the ranges
                `get_count` lists under `filters.offers`).

        Returns:
            ProjectsResponse.

        Kwork method `projects`; replay-safe (retried on transient failures).
        """
        return self._call(
            _projects.OPERATION,
            (
                categories,
                price_from,
                price_to,
                hiring_from,
                kworks_filter_from,
                kworks_filter_to,
                page,
                query,
                attributes,
                offers,
            ),
            timeout,
            max_retries,
        )

    def iter_list(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        hiring_from: int | None = None,
        kworks_filter_from: int | None = None,
        kworks_filter_to: int | None = None,
        query: str | None = None,
        attributes: Sequence[int] | None = None,
        offers: Sequence[int] | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Project]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List exchange projects matching filters.

        Args:
            categories: Category ids to search in, sent comma-separated. Leave out to search the
                user's favourite categories; the server also takes the single value `all` for every
                category.
            price_from: Lowest project budget, in the account's currency, inclusive.
            price_to: Highest project budget, in the account's currency, inclusive.
            hiring_from: Lowest hire rate of the buyer, in percent (0 to 100).
            kworks_filter_from: Only projects with more offers than this (exclusive).
            kworks_filter_to: Only projects with at most this many offers (inclusive).
            query: Free-text search in project titles and descriptions.
            attributes: Ids of category attributes (classification values) the projects must have,
                sent comma-separated.
            offers: Ids of offer-count ranges to include, sent comma-separated (the ranges
                `get_count` lists under `filters.offers`).
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Project.

        Kwork method `projects`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _projects.OPERATION,
            (
                categories,
                price_from,
                price_to,
                hiring_from,
                kworks_filter_from,
                kworks_filter_to,
                page,
                query,
                attributes,
                offers,
            ),
            timeout,
            max_retries,
        )

    def get_my_wants(
        self,
        *,
        status_ids: Sequence[int] | None = None,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WantsResponse:
        """List the projects you posted as a buyer.

        One page of the signed-in buyer's own projects (wants) with their status, dates, views and offer
        counts. Filter by status with `status_ids`; `-1` lists the archived ones.

        Args:
            status_ids: Ids of the project statuses to list (as in `get_wants_by_status`), sent
                comma-separated; `-1` lists archived projects. Leave out for the default tab.
            page: Page number, starting at 1.

        Returns:
            WantsResponse.

        Kwork method `myWants`; replay-safe (retried on transient failures).
        """
        return self._call(_my_wants.OPERATION, (status_ids, page), timeout, max_retries)

    def iter_my_wants(
        self,
        *,
        status_ids: Sequence[int] | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Want]:
        """Iterate over every item of `get_my_wants`, fetching pages as needed.

        List the projects you posted as a buyer.

        Args:
            status_ids: Ids of the project statuses to list (as in `get_wants_by_status`), sent
                comma-separated; `-1` lists archived projects. Leave out for the default tab.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Want.

        Kwork method `myWants`; replay-safe (retried on transient failures).
        """
        return self._iter(_my_wants.OPERATION, (status_ids, page), timeout, max_retries)

    def get_offer(
        self,
        offer_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectOffer:
        """Get one of your offers.

        One offer the signed-in freelancer sent, with the project it answers.

        Args:
            offer_id: Id of the offer (not of the project).

        Returns:
            ProjectOffer.

        Kwork method `offer`; replay-safe (retried on transient failures).
        """
        return self._call(_offer.OPERATION, (offer_id,), timeout, max_retries)

    def get_offers(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectOffersResponse:
        """List the offers you sent to projects.

        One page of the offers the signed-in freelancer sent to buyers' projects, newest first, each
        with its project. The answer also carries the freelancer's connects balance.

        Args:
            page: Page number, starting at 1.

        Returns:
            ProjectOffersResponse.

        Kwork method `offers`; replay-safe (retried on transient failures).
        """
        return self._call(_offers.OPERATION, (page,), timeout, max_retries)

    def iter_offers(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[ProjectOffer]:
        """Iterate over every item of `get_offers`, fetching pages as needed.

        List the offers you sent to projects.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of ProjectOffer.

        Kwork method `offers`; replay-safe (retried on transient failures).
        """
        return self._iter(_offers.OPERATION, (page,), timeout, max_retries)

    def get_want(
        self,
        want_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Want]:
        """Get a project with its statistics.

        The detailed record of a project (want): status, dates, budget, views per day, offers and
        orders. The server answers with a list that holds the one project.

        Args:
            want_id: Project id.

        Returns:
            list[Want].

        Kwork method `want`; replay-safe (retried on transient failures).
        """
        return self._call(_want.OPERATION, (want_id,), timeout, max_retries)

    def get_wants_by_status(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[WantStatusGroup]:
        """List your projects grouped by status.

        The signed-in buyer's own projects, grouped into the status tabs the app shows (active, on
        moderation, stopped, archived and so on), each tab with its count and projects.

        Returns:
            list[WantStatusGroup].

        Kwork method `wantsStatusList`; replay-safe (retried on transient failures).
        """
        return self._call(_wants_status_list.OPERATION, (), timeout, max_retries)

    def restart_want(
        self,
        want_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Restart one of your stopped or archived projects.

        Puts a project the signed-in buyer had stopped, or that expired, back on the exchange so it
        takes offers again. The project may go through moderation again.

        Args:
            want_id: Id of the buyer's project.

        Returns:
            None.

        Kwork method `restartWant`; changes state (never resent once it may have reached the server).
        """
        return self._call(_restart_want.OPERATION, (want_id,), timeout, max_retries)

    def stop_want(
        self,
        want_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Stop one of your projects taking offers.

        Takes a project the signed-in buyer posted off the exchange; `restart_want` puts it back.

        Args:
            want_id: Id of the buyer's project.

        Returns:
            None.

        Kwork method `stopWant`; changes state (never resent once it may have reached the server).
        """
        return self._call(_stop_want.OPERATION, (want_id,), timeout, max_retries)


class AsyncProjectsResource(AsyncResource):
    """The project exchange, where buyers post tasks and freelancers send offers."""

    __slots__ = ()

    async def apply_filters(
        self,
        categories: Sequence[int],
        *,
        price_from: int | None = None,
        price_to: int | None = None,
        hiring_from: int | None = None,
        kworks_filter_from: int | None = None,
        kworks_filter_to: int | None = None,
        offers: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Save the freelancer's project exchange filters.

        Stores the filter set the exchange shows this freelancer by default: favourite categories,
        budget range, the buyer's hire rate and the number of offers a project already has.
        `clear_filters` goes back to the defaults.

        Args:
            categories: Ids of the favourite categories to keep in the filter, sent comma-separated.
            price_from: Lowest project budget, in the account's currency, inclusive.
            price_to: Highest project budget, in the account's currency, inclusive.
            hiring_from: Lowest hire rate of the buyer, in percent (0 to 100).
            kworks_filter_from: Only projects with more offers than this (exclusive).
            kworks_filter_to: Only projects with at most this many offers (inclusive).
            offers: Ids of offer-count ranges to keep, sent comma-separated (the ranges that
                `get_count` lists under `filters.offers`).

        Returns:
            None.

        Kwork method `applyFilters`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _apply_filters.OPERATION,
            (categories, price_from, price_to, hiring_from, kworks_filter_from, kworks_filter_to, offers),
            timeout,
            max_retries,
        )

    async def clear_filters(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[ExchangeFilter]:
        """Reset the freelancer's project exchange filters.

        Drops the filters saved with `apply_filters` and answers with the filter set now in force.

        Returns:
            list[ExchangeFilter].

        Kwork method `clearFilters`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_clear_filters.OPERATION, (), timeout, max_retries)

    async def delete_offer(
        self,
        offer_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Withdraw one of your offers on a project.

        Deletes an offer the signed-in freelancer sent to a buyer's project. The buyer no longer sees
        it.

        Args:
            offer_id: Id of the offer (not of the project), as in `get_offers`.

        Returns:
            None.

        Kwork method `deleteOffer`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_delete_offer.OPERATION, (offer_id,), timeout, max_retries)

    async def delete_want(
        self,
        want_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete one of your own projects.

        Deletes a project (want) the signed-in buyer posted on the exchange.

        Args:
            want_id: Id of the buyer's project.

        Returns:
            None.

        Kwork method `deleteWant`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_delete_want.OPERATION, (want_id,), timeout, max_retries)

    async def get(
        self,
        project_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Project:
        """Get one exchange project.

        A project (buyer request) as a freelancer sees it on the exchange, by id.

        Args:
            project_id: Project id.

        Returns:
            Project.

        Kwork method `project`; replay-safe (retried on transient failures).
        """
        return await self._call(_project.OPERATION, (project_id,), timeout, max_retries)

    async def get_count(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        hiring_from: int | None = None,
        kworks_filter_from: int | None = None,
        kworks_filter_to: int | None = None,
        query: str | None = None,
        attributes: Sequence[int] | None = None,
        offers: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectCount:
        """Count exchange projects matching filters.

        Takes the same filters as `get_list` and answers with the number of matching projects, plus how
        many of them fall into each budget range and each offer-count range. Cheaper than fetching pages
        when only the total is needed.

        Args:
            categories: Category ids to count in, sent comma-separated. Leave out to use the user's
                favourite categories; the server also takes the single value `all` for every
                category.
            price_from: Lowest project budget, in the account's currency, inclusive.
            price_to: Highest project budget, in the account's currency, inclusive.
            hiring_from: Lowest hire rate of the buyer, in percent (0 to 100).
            kworks_filter_from: Only projects with more offers than this (exclusive).
            kworks_filter_to: Only projects with at most this many offers (inclusive).
            query: Free-text search in project titles and descriptions.
            attributes: Ids of category attributes (classification values) the projects must have,
                sent comma-separated.
            offers: Ids of offer-count ranges to include, sent comma-separated (see `filters.offers`
                in the answer).

        Returns:
            ProjectCount.

        Kwork method `getWantsCount`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _get_wants_count.OPERATION,
            (
                categories,
                price_from,
                price_to,
                hiring_from,
                kworks_filter_from,
                kworks_filter_to,
                query,
                attributes,
                offers,
            ),
            timeout,
            max_retries,
        )

    async def get_exchange_info(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> ExchangeInfo:
        """Get the user's project exchange counters.

        How many offers the user has on the exchange and how many of their projects are archived. The
        server may send these fields at the top level with no `success`/`response` envelope; the SDK
        reads such a body as the data itself.

        Returns:
            ExchangeInfo.

        Kwork method `exchangeInfo`; replay-safe (retried on transient failures).
        """
        return await self._call(_exchange_info.OPERATION, (), timeout, max_retries)

    async def get_list(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        hiring_from: int | None = None,
        kworks_filter_from: int | None = None,
        kworks_filter_to: int | None = None,
        page: int | None = None,
        query: str | None = None,
        attributes: Sequence[int] | None = None,
        offers: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectsResponse:
        """List exchange projects matching filters.

        One page of projects (buyer requests) on the exchange, newest first. Without `categories` it
        searches the user's favourite categories. The answer also carries the freelancer's connects
        balance, spent on sending offers.

        Args:
            categories: Category ids to search in, sent comma-separated. Leave out to search the
                user's favourite categories; the server also takes the single value `all` for every
                category.
            price_from: Lowest project budget, in the account's currency, inclusive.
            price_to: Highest project budget, in the account's currency, inclusive.
            hiring_from: Lowest hire rate of the buyer, in percent (0 to 100).
            kworks_filter_from: Only projects with more offers than this (exclusive).
            kworks_filter_to: Only projects with at most this many offers (inclusive).
            page: Page number, starting at 1.
            query: Free-text search in project titles and descriptions.
            attributes: Ids of category attributes (classification values) the projects must have,
                sent comma-separated.
            offers: Ids of offer-count ranges to include, sent comma-separated (the ranges
                `get_count` lists under `filters.offers`).

        Returns:
            ProjectsResponse.

        Kwork method `projects`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _projects.OPERATION,
            (
                categories,
                price_from,
                price_to,
                hiring_from,
                kworks_filter_from,
                kworks_filter_to,
                page,
                query,
                attributes,
                offers,
            ),
            timeout,
            max_retries,
        )

    def iter_list(
        self,
        *,
        categories: Sequence[int] | None = None,
        price_from: int | None = None,
        price_to: int | None = None,
        hiring_from: int | None = None,
        kworks_filter_from: int | None = None,
        kworks_filter_to: int | None = None,
        query: str | None = None,
        attributes: Sequence[int] | None = None,
        offers: Sequence[int] | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Project]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List exchange projects matching filters.

        Args:
            categories: Category ids to search in, sent comma-separated. Leave out to search the
                user's favourite categories; the server also takes the single value `all` for every
                category.
            price_from: Lowest project budget, in the account's currency, inclusive.
            price_to: Highest project budget, in the account's currency, inclusive.
            hiring_from: Lowest hire rate of the buyer, in percent (0 to 100).
            kworks_filter_from: Only projects with more offers than this (exclusive).
            kworks_filter_to: Only projects with at most this many offers (inclusive).
            query: Free-text search in project titles and descriptions.
            attributes: Ids of category attributes (classification values) the projects must have,
                sent comma-separated.
            offers: Ids of offer-count ranges to include, sent comma-separated (the ranges
                `get_count` lists under `filters.offers`).
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Project.

        Kwork method `projects`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _projects.OPERATION,
            (
                categories,
                price_from,
                price_to,
                hiring_from,
                kworks_filter_from,
                kworks_filter_to,
                page,
                query,
                attributes,
                offers,
            ),
            timeout,
            max_retries,
        )

    async def get_my_wants(
        self,
        *,
        status_ids: Sequence[int] | None = None,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WantsResponse:
        """List the projects you posted as a buyer.

        One page of the signed-in buyer's own projects (wants) with their status, dates, views and offer
        counts. Filter by status with `status_ids`; `-1` lists the archived ones.

        Args:
            status_ids: Ids of the project statuses to list (as in `get_wants_by_status`), sent
                comma-separated; `-1` lists archived projects. Leave out for the default tab.
            page: Page number, starting at 1.

        Returns:
            WantsResponse.

        Kwork method `myWants`; replay-safe (retried on transient failures).
        """
        return await self._call(_my_wants.OPERATION, (status_ids, page), timeout, max_retries)

    def iter_my_wants(
        self,
        *,
        status_ids: Sequence[int] | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Want]:
        """Iterate over every item of `get_my_wants`, fetching pages as needed.

        List the projects you posted as a buyer.

        Args:
            status_ids: Ids of the project statuses to list (as in `get_wants_by_status`), sent
                comma-separated; `-1` lists archived projects. Leave out for the default tab.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Want.

        Kwork method `myWants`; replay-safe (retried on transient failures).
        """
        return self._iter(_my_wants.OPERATION, (status_ids, page), timeout, max_retries)

    async def get_offer(
        self,
        offer_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectOffer:
        """Get one of your offers.

        One offer the signed-in freelancer sent, with the project it answers.

        Args:
            offer_id: Id of the offer (not of the project).

        Returns:
            ProjectOffer.

        Kwork method `offer`; replay-safe (retried on transient failures).
        """
        return await self._call(_offer.OPERATION, (offer_id,), timeout, max_retries)

    async def get_offers(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProjectOffersResponse:
        """List the offers you sent to projects.

        One page of the offers the signed-in freelancer sent to buyers' projects, newest first, each
        with its project. The answer also carries the freelancer's connects balance.

        Args:
            page: Page number, starting at 1.

        Returns:
            ProjectOffersResponse.

        Kwork method `offers`; replay-safe (retried on transient failures).
        """
        return await self._call(_offers.OPERATION, (page,), timeout, max_retries)

    def iter_offers(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[ProjectOffer]:
        """Iterate over every item of `get_offers`, fetching pages as needed.

        List the offers you sent to projects.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of ProjectOffer.

        Kwork method `offers`; replay-safe (retried on transient failures).
        """
        return self._iter(_offers.OPERATION, (page,), timeout, max_retries)

    async def get_want(
        self,
        want_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Want]:
        """Get a project with its statistics.

        The detailed record of a project (want): status, dates, budget, views per day, offers and
        orders. The server answers with a list that holds the one project.

        Args:
            want_id: Project id.

        Returns:
            list[Want].

        Kwork method `want`; replay-safe (retried on transient failures).
        """
        return await self._call(_want.OPERATION, (want_id,), timeout, max_retries)

    async def get_wants_by_status(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[WantStatusGroup]:
        """List your projects grouped by status.

        The signed-in buyer's own projects, grouped into the status tabs the app shows (active, on
        moderation, stopped, archived and so on), each tab with its count and projects.

        Returns:
            list[WantStatusGroup].

        Kwork method `wantsStatusList`; replay-safe (retried on transient failures).
        """
        return await self._call(_wants_status_list.OPERATION, (), timeout, max_retries)

    async def restart_want(
        self,
        want_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Restart one of your stopped or archived projects.

        Puts a project the signed-in buyer had stopped, or that expired, back on the exchange so it
        takes offers again. The project may go through moderation again.

        Args:
            want_id: Id of the buyer's project.

        Returns:
            None.

        Kwork method `restartWant`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_restart_want.OPERATION, (want_id,), timeout, max_retries)

    async def stop_want(
        self,
        want_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Stop one of your projects taking offers.

        Takes a project the signed-in buyer posted off the exchange; `restart_want` puts it back.

        Args:
            want_id: Id of the buyer's project.

        Returns:
            None.

        Kwork method `stopWant`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_stop_want.OPERATION, (want_id,), timeout, max_retries)
