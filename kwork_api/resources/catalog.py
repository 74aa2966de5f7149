"""`client.catalog`: Categories and the catalog of kworks (fixed-price services).

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kwork_api._generated.api.catalog import (
    add_favorite_categories as _add_favorite_categories,
)
from kwork_api._generated.api.catalog import (
    catalog_categories as _catalog_categories,
)
from kwork_api._generated.api.catalog import (
    catalog_filters as _catalog_filters,
)
from kwork_api._generated.api.catalog import (
    catalog_main as _catalog_main,
)
from kwork_api._generated.api.catalog import (
    catalog_main_v2 as _catalog_main_v2,
)
from kwork_api._generated.api.catalog import (
    catalog_rubrics as _catalog_rubrics,
)
from kwork_api._generated.api.catalog import (
    categories as _categories,
)
from kwork_api._generated.api.catalog import (
    category as _category,
)
from kwork_api._generated.api.catalog import (
    category_attributes as _category_attributes,
)
from kwork_api._generated.api.catalog import (
    create_kwork_complain as _create_kwork_complain,
)
from kwork_api._generated.api.catalog import (
    del_favorite_categories as _del_favorite_categories,
)
from kwork_api._generated.api.catalog import (
    delete_kwork as _delete_kwork,
)
from kwork_api._generated.api.catalog import (
    favorite_categories as _favorite_categories,
)
from kwork_api._generated.api.catalog import (
    favorite_kworks as _favorite_kworks,
)
from kwork_api._generated.api.catalog import (
    get_hidden_kworks as _get_hidden_kworks,
)
from kwork_api._generated.api.catalog import (
    get_kwork_answers as _get_kwork_answers,
)
from kwork_api._generated.api.catalog import (
    get_kwork_details as _get_kwork_details,
)
from kwork_api._generated.api.catalog import (
    get_kwork_details_extra as _get_kwork_details_extra,
)
from kwork_api._generated.api.catalog import (
    get_kwork_links_table as _get_kwork_links_table,
)
from kwork_api._generated.api.catalog import (
    get_kwork_links_table_v2 as _get_kwork_links_table_v2,
)
from kwork_api._generated.api.catalog import (
    get_subscribers_statistics as _get_subscribers_statistics,
)
from kwork_api._generated.api.catalog import (
    kworks as _kworks,
)
from kwork_api._generated.api.catalog import (
    kworks_categories_list as _kworks_categories_list,
)
from kwork_api._generated.api.catalog import (
    kworks_status_list as _kworks_status_list,
)
from kwork_api._generated.api.catalog import (
    mark_kwork_as_favorite as _mark_kwork_as_favorite,
)
from kwork_api._generated.api.catalog import (
    mark_kwork_as_hidden as _mark_kwork_as_hidden,
)
from kwork_api._generated.api.catalog import (
    mark_kworks_black_friday as _mark_kworks_black_friday,
)
from kwork_api._generated.api.catalog import (
    pause_kwork as _pause_kwork,
)
from kwork_api._generated.api.catalog import (
    positive_reviews_count as _positive_reviews_count,
)
from kwork_api._generated.api.catalog import (
    search as _search,
)
from kwork_api._generated.api.catalog import (
    search_kworks_catalog_query as _search_kworks_catalog_query,
)
from kwork_api._generated.api.catalog import (
    set_favorite as _set_favorite,
)
from kwork_api._generated.api.catalog import (
    start_kwork as _start_kwork,
)
from kwork_api._generated.api.catalog import (
    user_kworks as _user_kworks,
)
from kwork_api._generated.api.catalog import (
    viewed_catalog_kworks as _viewed_catalog_kworks,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.black_friday_terms import BlackFridayTerms
    from kwork_api._generated.models.catalog_filters import CatalogFilters
    from kwork_api._generated.models.catalog_home import CatalogHome
    from kwork_api._generated.models.catalog_home_v2 import CatalogHomeV2
    from kwork_api._generated.models.catalog_response import CatalogResponse
    from kwork_api._generated.models.catalog_rubric import CatalogRubric
    from kwork_api._generated.models.category_attribute import CategoryAttribute
    from kwork_api._generated.models.category_details import CategoryDetails
    from kwork_api._generated.models.favorite_catalog_category import FavoriteCatalogCategory
    from kwork_api._generated.models.favorite_kwork import FavoriteKwork
    from kwork_api._generated.models.favorite_kworks_response import FavoriteKworksResponse
    from kwork_api._generated.models.kwork import Kwork
    from kwork_api._generated.models.kwork_card import KworkCard
    from kwork_api._generated.models.kwork_card_with_level import KworkCardWithLevel
    from kwork_api._generated.models.kwork_category import KworkCategory
    from kwork_api._generated.models.kwork_category_tab import KworkCategoryTab
    from kwork_api._generated.models.kwork_complaint_response import KworkComplaintResponse
    from kwork_api._generated.models.kwork_details import KworkDetails
    from kwork_api._generated.models.kwork_details_extra import KworkDetailsExtra
    from kwork_api._generated.models.kwork_faq_entry import KworkFaqEntry
    from kwork_api._generated.models.kwork_link_site import KworkLinkSite
    from kwork_api._generated.models.kwork_links_table import KworkLinksTable
    from kwork_api._generated.models.kwork_search_response import KworkSearchResponse
    from kwork_api._generated.models.kwork_start_result import KworkStartResult
    from kwork_api._generated.models.kwork_status_tab import KworkStatusTab
    from kwork_api._generated.models.profile_kworks_response import ProfileKworksResponse
    from kwork_api._generated.models.rubric_category import RubricCategory
    from kwork_api._generated.models.subscriber_count import SubscriberCount
    from kwork_api._generated.models.user_kworks_response import UserKworksResponse

__all__ = ["AsyncCatalogResource", "CatalogResource"]


class CatalogResource(SyncResource):
    """Categories and the catalog of kworks (fixed-price services)."""

    __slots__ = ()

    def add_favorite_categories(
        self,
        categories: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add categories to the user's favourites.

        Adds catalog categories to the signed-in user's favourite categories; the others stay. Favourite
        categories decide what the project feed shows when no categories are given.

        Args:
            categories: Ids of the categories to add, sent comma-separated.

        Returns:
            None.

        Kwork method `addFavoriteCategories`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_add_favorite_categories.OPERATION, (categories,), timeout, max_retries)

    def delete_kwork(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete one of your kworks.

        Deletes a kwork of the signed-in seller.

        Args:
            kwork_id: Kwork id.

        Returns:
            None.

        Kwork method `deleteKwork`; changes state (never resent once it may have reached the server).
        """
        return self._call(_delete_kwork.OPERATION, (kwork_id,), timeout, max_retries)

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

    def get_category(
        self,
        *,
        category_id: int | None = None,
        attribute_id: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CategoryDetails:
        """Get a category with its attributes.

        One catalog category: its volume unit, its attribute tree and how many kworks have how many
        positive reviews.

        Args:
            category_id: Category id.
            attribute_id: Ids of chosen attribute values, sent comma-separated; they narrow the
                review counts to kworks with those values.

        Returns:
            CategoryDetails.

        Kwork method `category`; replay-safe (retried on transient failures).
        """
        return self._call(_category.OPERATION, (category_id, attribute_id), timeout, max_retries)

    def get_category_attributes(
        self,
        category_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[CategoryAttribute]:
        """Get the attribute tree of a category.

        Every attribute (classification and value) of a category, nested as a tree through `children`.

        Args:
            category_id: Category id.

        Returns:
            list[CategoryAttribute].

        Kwork method `categoryAttributes`; replay-safe (retried on transient failures).
        """
        return self._call(_category_attributes.OPERATION, (category_id,), timeout, max_retries)

    def get_details(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkDetails:
        """Get a kwork's full card.

        Everything the kwork page shows: description, packages, extras, volume settings, the seller's
        short profile, portfolio samples and, for the seller, moderation feedback.

        Args:
            kwork_id: Kwork id.

        Returns:
            KworkDetails.

        Kwork method `getKworkDetails`; replay-safe (retried on transient failures).
        """
        return self._call(_get_kwork_details.OPERATION, (kwork_id,), timeout, max_retries)

    def get_details_extra(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkDetailsExtra:
        """Get the secondary blocks of a kwork page.

        Related kworks, average scores, the latest reviews and, for link-building kworks, the site
        lists. Works without a user; with one, flags such as `is_favorite` are filled in.

        Args:
            kwork_id: Kwork id.

        Returns:
            KworkDetailsExtra.

        Kwork method `getKworkDetailsExtra`; replay-safe (retried on transient failures).
        """
        return self._call(_get_kwork_details_extra.OPERATION, (kwork_id,), timeout, max_retries)

    def get_faq(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[KworkFaqEntry]:
        """Get a kwork's questions and answers.

        The FAQ the seller wrote for a kwork, in display order.

        Args:
            kwork_id: Kwork id.

        Returns:
            list[KworkFaqEntry].

        Kwork method `getKworkAnswers`; replay-safe (retried on transient failures).
        """
        return self._call(_get_kwork_answers.OPERATION, (kwork_id,), timeout, max_retries)

    def get_favorite_categories(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[FavoriteCatalogCategory]:
        """List the user's favourite categories.

        The catalog categories and attributes the signed-in user marked as favourites.

        Returns:
            list[FavoriteCatalogCategory].

        Kwork method `favoriteCategories`; replay-safe (retried on transient failures).
        """
        return self._call(_favorite_categories.OPERATION, (), timeout, max_retries)

    def get_favorites(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FavoriteKworksResponse:
        """List the user's favourite kworks.

        One page of the kworks the signed-in user added to favourites.

        Args:
            page: Page number, starting at 1.

        Returns:
            FavoriteKworksResponse.

        Kwork method `favoriteKworks`; replay-safe (retried on transient failures).
        """
        return self._call(_favorite_kworks.OPERATION, (page,), timeout, max_retries)

    def iter_favorites(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[FavoriteKwork]:
        """Iterate over every item of `get_favorites`, fetching pages as needed.

        List the user's favourite kworks.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of FavoriteKwork.

        Kwork method `favoriteKworks`; replay-safe (retried on transient failures).
        """
        return self._iter(_favorite_kworks.OPERATION, (page,), timeout, max_retries)

    def get_filters(
        self,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        is_search: bool | None = None,
        query: str | None = None,
        unembedded: str | None = None,
        filters: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CatalogFilters:
        """List the filters of a catalog section.

        The filters the app offers for a category, classifier or search query, with their values and
        groups, and how many kworks match the filters already chosen. Send the chosen filters the same
        way as to `get_list` to get an updated count.

        Args:
            category_id: Category id.
            classifier_id: Classifier id inside the category.
            is_search: Whether to get the filters of the search screen instead of a catalog section.
            query: Search text, with `isSearch`.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.

        Returns:
            CatalogFilters.

        Kwork method `catalogFilters`; replay-safe (retried on transient failures).
        """
        return self._call(
            _catalog_filters.OPERATION,
            (category_id, classifier_id, is_search, query, unembedded, filters),
            timeout,
            max_retries,
        )

    def get_hidden(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProfileKworksResponse:
        """List the kworks the user has hidden.

        One page of the kworks the signed-in user hid from catalog lists.

        Args:
            page: Page number, starting at 1.

        Returns:
            ProfileKworksResponse.

        Kwork method `getHiddenKworks`; replay-safe (retried on transient failures).
        """
        return self._call(_get_hidden_kworks.OPERATION, (page,), timeout, max_retries)

    def iter_hidden(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[KworkCard]:
        """Iterate over every item of `get_hidden`, fetching pages as needed.

        List the kworks the user has hidden.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkCard.

        Kwork method `getHiddenKworks`; replay-safe (retried on transient failures).
        """
        return self._iter(_get_hidden_kworks.OPERATION, (page,), timeout, max_retries)

    def get_home(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> CatalogHome:
        """Get the catalog start screen.

        What the app's catalog start screen shows: rubrics, popular categories, popular kworks, the
        kworks the user viewed recently and the current promotion.

        Returns:
            CatalogHome.

        Kwork method `catalogMain`; replay-safe (retried on transient failures).
        """
        return self._call(_catalog_main.OPERATION, (), timeout, max_retries)

    def get_home_v2(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> CatalogHomeV2:
        """Get the redesigned catalog start screen.

        The blocks of the newer catalog start screen: popular categories grouped in blocks, the service
        rubrics, other services and the current promotion.

        Returns:
            CatalogHomeV2.

        Kwork method `catalogMainv2`; replay-safe (retried on transient failures).
        """
        return self._call(_catalog_main_v2.OPERATION, (), timeout, max_retries)

    def get_links(
        self,
        kwork_id: int,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[KworkLinkSite]:
        """List the sites offered by a link-building kwork.

        One page of the sites, domains or link placements that a link-building or site-selling kwork
        offers, with their SEO metrics. `get_links_table` gives the same rows with column titles.

        Args:
            kwork_id: Kwork id.
            page: Page number, starting at 1.

        Returns:
            list[KworkLinkSite].

        Kwork method `getKworkLinksTable`; replay-safe (retried on transient failures).
        """
        return self._call(_get_kwork_links_table.OPERATION, (kwork_id, page), timeout, max_retries)

    def get_links_table(
        self,
        kwork_id: int,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkLinksTable:
        """Get the links table of a link-building kwork.

        One page of a link-building or site-selling kwork's sites, with the column titles the app shows.

        Args:
            kwork_id: Kwork id.
            page: Page number, starting at 1.

        Returns:
            KworkLinksTable.

        Kwork method `getKworkLinksTablev2`; replay-safe (retried on transient failures).
        """
        return self._call(_get_kwork_links_table_v2.OPERATION, (kwork_id, page), timeout, max_retries)

    def get_list(
        self,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        sort: str | None = None,
        excluded: Sequence[int] | None = None,
        unembedded: str | None = None,
        price: str | None = None,
        sdeliverytime: str | None = None,
        sellerlvl: str | None = None,
        sonline: bool | None = None,
        sminreview: str | None = None,
        sordersqueue: str | None = None,
        sview: str | None = None,
        strack: str | None = None,
        packages: Sequence[Mapping[str, Any]] | None = None,
        page: int | None = None,
        limit: int | None = None,
        filters: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CatalogResponse:
        """List kworks in a catalog section.

        One page of kworks (fixed-price services) in a category or classifier, with the chosen catalog
        filters applied. The filter parameters are the `query_key`s of `get_filters`; the ones the app
        uses most have their own arguments, the rest go in `filters`. Signed in, the cards also say
        which kworks the user has favourited, hidden or viewed.

        Args:
            category_id: Category id.
            classifier_id: Classifier id inside the category.
            sort: Sort order key, as the app's sort menu sends it.
            excluded: Ids of kworks to leave out, usually the ones already shown; sent
                comma-separated.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            price: Price filter value, from the `price` filter of `get_filters`.
            sdeliverytime: Delivery time filter value, from `get_filters`.
            sellerlvl: Seller level filter value, from `get_filters`.
            sonline: Whether to show only sellers who are online now.
            sminreview: Minimum number of reviews filter value, from `get_filters` (see also
                `get_review_counts`).
            sordersqueue: Orders-in-queue filter value, from `get_filters`.
            sview: Value of the `sview` filter, from `get_filters`.
            strack: Value of the `strack` filter, from `get_filters`.
            packages: Package-parameter filters (`is_package` in `get_filters`), each a mapping with
                `id` and `value`; sent as `packages[0][id]`, `packages[0][value]`, ...
            page: Page number, starting at 1.
            limit: Kworks per page; 0 means the default of 10.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.

        Returns:
            CatalogResponse.

        Kwork method `kworks`; replay-safe (retried on transient failures).
        """
        return self._call(
            _kworks.OPERATION,
            (
                category_id,
                classifier_id,
                sort,
                excluded,
                unembedded,
                price,
                sdeliverytime,
                sellerlvl,
                sonline,
                sminreview,
                sordersqueue,
                sview,
                strack,
                packages,
                page,
                limit,
                filters,
            ),
            timeout,
            max_retries,
        )

    def iter_list(
        self,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        sort: str | None = None,
        excluded: Sequence[int] | None = None,
        unembedded: str | None = None,
        price: str | None = None,
        sdeliverytime: str | None = None,
        sellerlvl: str | None = None,
        sonline: bool | None = None,
        sminreview: str | None = None,
        sordersqueue: str | None = None,
        sview: str | None = None,
        strack: str | None = None,
        packages: Sequence[Mapping[str, Any]] | None = None,
        limit: int | None = None,
        filters: Mapping[str, Any] | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Kwork]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List kworks in a catalog section.

        Args:
            category_id: Category id.
            classifier_id: Classifier id inside the category.
            sort: Sort order key, as the app's sort menu sends it.
            excluded: Ids of kworks to leave out, usually the ones already shown; sent
                comma-separated.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            price: Price filter value, from the `price` filter of `get_filters`.
            sdeliverytime: Delivery time filter value, from `get_filters`.
            sellerlvl: Seller level filter value, from `get_filters`.
            sonline: Whether to show only sellers who are online now.
            sminreview: Minimum number of reviews filter value, from `get_filters` (see also
                `get_review_counts`).
            sordersqueue: Orders-in-queue filter value, from `get_filters`.
            sview: Value of the `sview` filter, from `get_filters`.
            strack: Value of the `strack` filter, from `get_filters`.
            packages: Package-parameter filters (`is_package` in `get_filters`), each a mapping with
                `id` and `value`; sent as `packages[0][id]`, `packages[0][value]`, ...
            limit: Kworks per page; 0 means the default of 10.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Kwork.

        Kwork method `kworks`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _kworks.OPERATION,
            (
                category_id,
                classifier_id,
                sort,
                excluded,
                unembedded,
                price,
                sdeliverytime,
                sellerlvl,
                sonline,
                sminreview,
                sordersqueue,
                sview,
                strack,
                packages,
                page,
                limit,
                filters,
            ),
            timeout,
            max_retries,
        )

    def get_my_kworks_by_status(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[KworkStatusTab]:
        """List your own kworks grouped by status.

        The signed-in seller's kwork status tabs (active, paused, in moderation and so on), each with
        its count and the first page of its kworks.

        Returns:
            list[KworkStatusTab].

        Kwork method `kworksStatusList`; replay-safe (retried on transient failures).
        """
        return self._call(_kworks_status_list.OPERATION, (), timeout, max_retries)

    def get_review_counts(
        self,
        *,
        category_id: int | None = None,
        attribute_id: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, int]:
        """Count kworks by number of positive reviews.

        For a category (and optionally chosen attribute values), how many kworks have at least 1, 5, 10,
        20, 50 or 100 positive reviews. The app shows it beside the minimum-reviews filter.

        Args:
            category_id: Category id.
            attribute_id: Ids of chosen attribute values, sent comma-separated.

        Returns:
            dict[str, int].

        Kwork method `positiveReviewsCount`; replay-safe (retried on transient failures).
        """
        return self._call(
            _positive_reviews_count.OPERATION, (category_id, attribute_id), timeout, max_retries
        )

    def get_rubric_categories(
        self,
        rubric_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[RubricCategory]:
        """List the categories of a rubric.

        The categories inside one catalog rubric, with their kwork counts.

        Args:
            rubric_id: Rubric id, from `get_rubrics`.

        Returns:
            list[RubricCategory].

        Kwork method `catalogCategories`; replay-safe (retried on transient failures).
        """
        return self._call(_catalog_categories.OPERATION, (rubric_id,), timeout, max_retries)

    def get_rubrics(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[CatalogRubric]:
        """List the top-level rubrics of the catalog menu.

        The rubrics (top-level sections) the app's catalog menu starts with, in display order.

        Returns:
            list[CatalogRubric].

        Kwork method `catalogRubrics`; replay-safe (retried on transient failures).
        """
        return self._call(_catalog_rubrics.OPERATION, (), timeout, max_retries)

    def get_search_suggestions(
        self,
        query: str,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[dict[str, Any]]:
        """Suggest search phrases for a partial query.

        Search keywords that complete what the user has typed so far.

        Args:
            query: What the user has typed so far.
            page: Page number, starting at 1.

        Returns:
            list[dict[str, Any]].

        Kwork method `searchKworksCatalogQuery`; replay-safe (retried on transient failures).
        """
        return self._call(_search_kworks_catalog_query.OPERATION, (query, page), timeout, max_retries)

    def get_subscriber_stats(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[SubscriberCount]:
        """Get the subscriber history of a channel sold as a kwork.

        For a kwork that sells placement in a channel (such as a Telegram channel), the number of the
        channel's subscribers by date.

        Args:
            kwork_id: Id of the kwork.

        Returns:
            list[SubscriberCount].

        Kwork method `getSubscribersStatistics`; replay-safe (retried on transient failures).
        """
        return self._call(_get_subscribers_statistics.OPERATION, (kwork_id,), timeout, max_retries)

    def get_user_kwork_categories(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[KworkCategoryTab]:
        """List a seller's kworks grouped by category.

        The categories a seller has active kworks in, each with its count and the first kworks, as the
        tabs of the profile page show them.

        Args:
            user_id: Id of the seller.

        Returns:
            list[KworkCategoryTab].

        Kwork method `kworksCategoriesList`; replay-safe (retried on transient failures).
        """
        return self._call(_kworks_categories_list.OPERATION, (user_id,), timeout, max_retries)

    def get_user_kworks(
        self,
        user_id: int,
        *,
        page: int | None = None,
        category_id: int | None = None,
        status_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserKworksResponse:
        """List a seller's kworks.

        One page of the kworks on a seller's profile, optionally narrowed to a category or a status.

        Args:
            user_id: Id of the seller.
            page: Page number, starting at 1.
            category_id: Category id, from `get_user_kwork_categories`.
            status_id: Status id, from `get_my_kworks_by_status` (for your own kworks).

        Returns:
            UserKworksResponse.

        Kwork method `userKworks`; replay-safe (retried on transient failures).
        """
        return self._call(
            _user_kworks.OPERATION, (user_id, page, category_id, status_id), timeout, max_retries
        )

    def iter_user_kworks(
        self,
        user_id: int,
        *,
        category_id: int | None = None,
        status_id: int | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[KworkCardWithLevel]:
        """Iterate over every item of `get_user_kworks`, fetching pages as needed.

        List a seller's kworks.

        Args:
            user_id: Id of the seller.
            category_id: Category id, from `get_user_kwork_categories`.
            status_id: Status id, from `get_my_kworks_by_status` (for your own kworks).
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkCardWithLevel.

        Kwork method `userKworks`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _user_kworks.OPERATION, (user_id, page, category_id, status_id), timeout, max_retries
        )

    def get_viewed(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProfileKworksResponse:
        """List the kworks the user viewed.

        One page of the kworks the signed-in user opened recently. The server leaves `response` out when
        there are none.

        Args:
            page: Page number, starting at 1.

        Returns:
            ProfileKworksResponse.

        Kwork method `viewedCatalogKworks`; replay-safe (retried on transient failures).
        """
        return self._call(_viewed_catalog_kworks.OPERATION, (page,), timeout, max_retries)

    def iter_viewed(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[KworkCard]:
        """Iterate over every item of `get_viewed`, fetching pages as needed.

        List the kworks the user viewed.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkCard.

        Kwork method `viewedCatalogKworks`; replay-safe (retried on transient failures).
        """
        return self._iter(_viewed_catalog_kworks.OPERATION, (page,), timeout, max_retries)

    def join_black_friday(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BlackFridayTerms:
        """Enter one of your kworks in the Black Friday sale.

        Marks a kwork of the signed-in seller as taking part in the Black Friday promotion and returns
        its sale price and discount.

        Args:
            kwork_id: Kwork id.

        Returns:
            BlackFridayTerms.

        Kwork method `markKworksBlackFriday`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_mark_kworks_black_friday.OPERATION, (kwork_id,), timeout, max_retries)

    def mark_favorite(
        self,
        kwork_id: int,
        is_favorite: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add a kwork to favourites or remove it.

        Adds a kwork to the signed-in user's favourite kworks, or removes it from them.

        Args:
            kwork_id: Kwork id.
            is_favorite: True to add the kwork to favourites, false to remove it.

        Returns:
            None.

        Kwork method `markKworkAsFavorite`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_mark_kwork_as_favorite.OPERATION, (kwork_id, is_favorite), timeout, max_retries)

    def mark_hidden(
        self,
        kwork_id: int,
        is_hidden: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Hide a kwork or show it again.

        Hides a kwork from the signed-in user's catalog lists, or shows a hidden one again.

        Args:
            kwork_id: Kwork id.
            is_hidden: True to hide the kwork, false to show it again.

        Returns:
            None.

        Kwork method `markKworkAsHidden`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_mark_kwork_as_hidden.OPERATION, (kwork_id, is_hidden), timeout, max_retries)

    def pause_kwork(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Pause one of your kworks.

        Stops selling a kwork of the signed-in seller until it is started again.

        Args:
            kwork_id: Kwork id.

        Returns:
            None.

        Kwork method `pauseKwork`; changes state (never resent once it may have reached the server).
        """
        return self._call(_pause_kwork.OPERATION, (kwork_id,), timeout, max_retries)

    def remove_favorite_categories(
        self,
        categories: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Remove categories from the user's favourites.

        Removes catalog categories from the signed-in user's favourite categories; the others stay.

        Args:
            categories: Ids of the categories to remove, sent comma-separated.

        Returns:
            None.

        Kwork method `delFavoriteCategories`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_del_favorite_categories.OPERATION, (categories,), timeout, max_retries)

    def report_kwork(
        self,
        kwork_id: int,
        category_id: int,
        *,
        files: Sequence[int] | None = None,
        email: str | None = None,
        message: str | None = None,
        g_recaptcha_response: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkComplaintResponse:
        """Report a kwork to the moderators.

        Sends a complaint about a kwork. Without a token, give an `email` for the answer. The server may
        ask for a captcha (error 118): resend with `g-recaptcha-response`. The answer says when the next
        complaint can go without one.

        Args:
            kwork_id: Kwork id.
            category_id: Complaint category id, from `getComplainCategories`.
            files: Ids of files uploaded beforehand with `fileUpload`.
            email: E-mail address for the answer, when not signed in.
            message: What is wrong with the kwork.
            g_recaptcha_response: Solved captcha token, when the server asks for one (error 118).

        Returns:
            KworkComplaintResponse.

        Kwork method `createKworkComplain`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _create_kwork_complain.OPERATION,
            (kwork_id, category_id, files, email, message, g_recaptcha_response),
            timeout,
            max_retries,
        )

    def search(
        self,
        query: str,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        sort: str | None = None,
        excluded: Sequence[int] | None = None,
        unembedded: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        filters: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkSearchResponse:
        """Search kworks.

        One page of kworks matching a search text, with the categories and classifiers the matches fall
        in. Catalog filters work as in `get_list`.

        Args:
            query: Search text.
            category_id: Category id to search in.
            classifier_id: Classifier id to search in; needs `categoryId`.
            sort: Sort order: `x` for relevance, `new` for the newest first.
            excluded: Ids of kworks to leave out, usually the ones already shown; sent
                comma-separated.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            page: Page number, starting at 1.
            limit: Kworks per page.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.

        Returns:
            KworkSearchResponse.

        Kwork method `search`; replay-safe (retried on transient failures).
        """
        return self._call(
            _search.OPERATION,
            (query, category_id, classifier_id, sort, excluded, unembedded, page, limit, filters),
            timeout,
            max_retries,
        )

    def iter_search(
        self,
        query: str,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        sort: str | None = None,
        excluded: Sequence[int] | None = None,
        unembedded: str | None = None,
        limit: int | None = None,
        filters: Mapping[str, Any] | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[KworkCardWithLevel]:
        """Iterate over every item of `search`, fetching pages as needed.

        Search kworks.

        Args:
            query: Search text.
            category_id: Category id to search in.
            classifier_id: Classifier id to search in; needs `categoryId`.
            sort: Sort order: `x` for relevance, `new` for the newest first.
            excluded: Ids of kworks to leave out, usually the ones already shown; sent
                comma-separated.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            limit: Kworks per page.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkCardWithLevel.

        Kwork method `search`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _search.OPERATION,
            (query, category_id, classifier_id, sort, excluded, unembedded, page, limit, filters),
            timeout,
            max_retries,
        )

    def set_favorite_categories(
        self,
        *,
        categories: Sequence[int] | None = None,
        attributes: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace the user's favourite categories and attributes.

        Sets the signed-in user's favourite categories and attributes to exactly the given lists, adding
        and removing in one call. The app sends only `attributes` when it changes attributes.

        Args:
            categories: Ids of the favourite categories, sent comma-separated.
            attributes: Ids of the favourite attributes, sent comma-separated.

        Returns:
            None.

        Kwork method `setFavorite`; changes state (never resent once it may have reached the server).
        """
        return self._call(_set_favorite.OPERATION, (categories, attributes), timeout, max_retries)

    def start_kwork(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[KworkStartResult]:
        """Switch one of your kworks on.

        Starts selling a kwork of the signed-in seller. The answer's message says whether it is live now
        or goes live after moderation.

        Args:
            kwork_id: Kwork id.

        Returns:
            list[KworkStartResult].

        Kwork method `startKwork`; changes state (never resent once it may have reached the server).
        """
        return self._call(_start_kwork.OPERATION, (kwork_id,), timeout, max_retries)


class AsyncCatalogResource(AsyncResource):
    """Categories and the catalog of kworks (fixed-price services)."""

    __slots__ = ()

    async def add_favorite_categories(
        self,
        categories: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add categories to the user's favourites.

        Adds catalog categories to the signed-in user's favourite categories; the others stay. Favourite
        categories decide what the project feed shows when no categories are given.

        Args:
            categories: Ids of the categories to add, sent comma-separated.

        Returns:
            None.

        Kwork method `addFavoriteCategories`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_add_favorite_categories.OPERATION, (categories,), timeout, max_retries)

    async def delete_kwork(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete one of your kworks.

        Deletes a kwork of the signed-in seller.

        Args:
            kwork_id: Kwork id.

        Returns:
            None.

        Kwork method `deleteKwork`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_delete_kwork.OPERATION, (kwork_id,), timeout, max_retries)

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

    async def get_category(
        self,
        *,
        category_id: int | None = None,
        attribute_id: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CategoryDetails:
        """Get a category with its attributes.

        One catalog category: its volume unit, its attribute tree and how many kworks have how many
        positive reviews.

        Args:
            category_id: Category id.
            attribute_id: Ids of chosen attribute values, sent comma-separated; they narrow the
                review counts to kworks with those values.

        Returns:
            CategoryDetails.

        Kwork method `category`; replay-safe (retried on transient failures).
        """
        return await self._call(_category.OPERATION, (category_id, attribute_id), timeout, max_retries)

    async def get_category_attributes(
        self,
        category_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[CategoryAttribute]:
        """Get the attribute tree of a category.

        Every attribute (classification and value) of a category, nested as a tree through `children`.

        Args:
            category_id: Category id.

        Returns:
            list[CategoryAttribute].

        Kwork method `categoryAttributes`; replay-safe (retried on transient failures).
        """
        return await self._call(_category_attributes.OPERATION, (category_id,), timeout, max_retries)

    async def get_details(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkDetails:
        """Get a kwork's full card.

        Everything the kwork page shows: description, packages, extras, volume settings, the seller's
        short profile, portfolio samples and, for the seller, moderation feedback.

        Args:
            kwork_id: Kwork id.

        Returns:
            KworkDetails.

        Kwork method `getKworkDetails`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_kwork_details.OPERATION, (kwork_id,), timeout, max_retries)

    async def get_details_extra(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkDetailsExtra:
        """Get the secondary blocks of a kwork page.

        Related kworks, average scores, the latest reviews and, for link-building kworks, the site
        lists. Works without a user; with one, flags such as `is_favorite` are filled in.

        Args:
            kwork_id: Kwork id.

        Returns:
            KworkDetailsExtra.

        Kwork method `getKworkDetailsExtra`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_kwork_details_extra.OPERATION, (kwork_id,), timeout, max_retries)

    async def get_faq(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[KworkFaqEntry]:
        """Get a kwork's questions and answers.

        The FAQ the seller wrote for a kwork, in display order.

        Args:
            kwork_id: Kwork id.

        Returns:
            list[KworkFaqEntry].

        Kwork method `getKworkAnswers`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_kwork_answers.OPERATION, (kwork_id,), timeout, max_retries)

    async def get_favorite_categories(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[FavoriteCatalogCategory]:
        """List the user's favourite categories.

        The catalog categories and attributes the signed-in user marked as favourites.

        Returns:
            list[FavoriteCatalogCategory].

        Kwork method `favoriteCategories`; replay-safe (retried on transient failures).
        """
        return await self._call(_favorite_categories.OPERATION, (), timeout, max_retries)

    async def get_favorites(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FavoriteKworksResponse:
        """List the user's favourite kworks.

        One page of the kworks the signed-in user added to favourites.

        Args:
            page: Page number, starting at 1.

        Returns:
            FavoriteKworksResponse.

        Kwork method `favoriteKworks`; replay-safe (retried on transient failures).
        """
        return await self._call(_favorite_kworks.OPERATION, (page,), timeout, max_retries)

    def iter_favorites(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[FavoriteKwork]:
        """Iterate over every item of `get_favorites`, fetching pages as needed.

        List the user's favourite kworks.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of FavoriteKwork.

        Kwork method `favoriteKworks`; replay-safe (retried on transient failures).
        """
        return self._iter(_favorite_kworks.OPERATION, (page,), timeout, max_retries)

    async def get_filters(
        self,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        is_search: bool | None = None,
        query: str | None = None,
        unembedded: str | None = None,
        filters: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CatalogFilters:
        """List the filters of a catalog section.

        The filters the app offers for a category, classifier or search query, with their values and
        groups, and how many kworks match the filters already chosen. Send the chosen filters the same
        way as to `get_list` to get an updated count.

        Args:
            category_id: Category id.
            classifier_id: Classifier id inside the category.
            is_search: Whether to get the filters of the search screen instead of a catalog section.
            query: Search text, with `isSearch`.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.

        Returns:
            CatalogFilters.

        Kwork method `catalogFilters`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _catalog_filters.OPERATION,
            (category_id, classifier_id, is_search, query, unembedded, filters),
            timeout,
            max_retries,
        )

    async def get_hidden(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProfileKworksResponse:
        """List the kworks the user has hidden.

        One page of the kworks the signed-in user hid from catalog lists.

        Args:
            page: Page number, starting at 1.

        Returns:
            ProfileKworksResponse.

        Kwork method `getHiddenKworks`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_hidden_kworks.OPERATION, (page,), timeout, max_retries)

    def iter_hidden(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[KworkCard]:
        """Iterate over every item of `get_hidden`, fetching pages as needed.

        List the kworks the user has hidden.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkCard.

        Kwork method `getHiddenKworks`; replay-safe (retried on transient failures).
        """
        return self._iter(_get_hidden_kworks.OPERATION, (page,), timeout, max_retries)

    async def get_home(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> CatalogHome:
        """Get the catalog start screen.

        What the app's catalog start screen shows: rubrics, popular categories, popular kworks, the
        kworks the user viewed recently and the current promotion.

        Returns:
            CatalogHome.

        Kwork method `catalogMain`; replay-safe (retried on transient failures).
        """
        return await self._call(_catalog_main.OPERATION, (), timeout, max_retries)

    async def get_home_v2(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> CatalogHomeV2:
        """Get the redesigned catalog start screen.

        The blocks of the newer catalog start screen: popular categories grouped in blocks, the service
        rubrics, other services and the current promotion.

        Returns:
            CatalogHomeV2.

        Kwork method `catalogMainv2`; replay-safe (retried on transient failures).
        """
        return await self._call(_catalog_main_v2.OPERATION, (), timeout, max_retries)

    async def get_links(
        self,
        kwork_id: int,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[KworkLinkSite]:
        """List the sites offered by a link-building kwork.

        One page of the sites, domains or link placements that a link-building or site-selling kwork
        offers, with their SEO metrics. `get_links_table` gives the same rows with column titles.

        Args:
            kwork_id: Kwork id.
            page: Page number, starting at 1.

        Returns:
            list[KworkLinkSite].

        Kwork method `getKworkLinksTable`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_kwork_links_table.OPERATION, (kwork_id, page), timeout, max_retries)

    async def get_links_table(
        self,
        kwork_id: int,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkLinksTable:
        """Get the links table of a link-building kwork.

        One page of a link-building or site-selling kwork's sites, with the column titles the app shows.

        Args:
            kwork_id: Kwork id.
            page: Page number, starting at 1.

        Returns:
            KworkLinksTable.

        Kwork method `getKworkLinksTablev2`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_kwork_links_table_v2.OPERATION, (kwork_id, page), timeout, max_retries)

    async def get_list(
        self,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        sort: str | None = None,
        excluded: Sequence[int] | None = None,
        unembedded: str | None = None,
        price: str | None = None,
        sdeliverytime: str | None = None,
        sellerlvl: str | None = None,
        sonline: bool | None = None,
        sminreview: str | None = None,
        sordersqueue: str | None = None,
        sview: str | None = None,
        strack: str | None = None,
        packages: Sequence[Mapping[str, Any]] | None = None,
        page: int | None = None,
        limit: int | None = None,
        filters: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CatalogResponse:
        """List kworks in a catalog section.

        One page of kworks (fixed-price services) in a category or classifier, with the chosen catalog
        filters applied. The filter parameters are the `query_key`s of `get_filters`; the ones the app
        uses most have their own arguments, the rest go in `filters`. Signed in, the cards also say
        which kworks the user has favourited, hidden or viewed.

        Args:
            category_id: Category id.
            classifier_id: Classifier id inside the category.
            sort: Sort order key, as the app's sort menu sends it.
            excluded: Ids of kworks to leave out, usually the ones already shown; sent
                comma-separated.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            price: Price filter value, from the `price` filter of `get_filters`.
            sdeliverytime: Delivery time filter value, from `get_filters`.
            sellerlvl: Seller level filter value, from `get_filters`.
            sonline: Whether to show only sellers who are online now.
            sminreview: Minimum number of reviews filter value, from `get_filters` (see also
                `get_review_counts`).
            sordersqueue: Orders-in-queue filter value, from `get_filters`.
            sview: Value of the `sview` filter, from `get_filters`.
            strack: Value of the `strack` filter, from `get_filters`.
            packages: Package-parameter filters (`is_package` in `get_filters`), each a mapping with
                `id` and `value`; sent as `packages[0][id]`, `packages[0][value]`, ...
            page: Page number, starting at 1.
            limit: Kworks per page; 0 means the default of 10.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.

        Returns:
            CatalogResponse.

        Kwork method `kworks`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _kworks.OPERATION,
            (
                category_id,
                classifier_id,
                sort,
                excluded,
                unembedded,
                price,
                sdeliverytime,
                sellerlvl,
                sonline,
                sminreview,
                sordersqueue,
                sview,
                strack,
                packages,
                page,
                limit,
                filters,
            ),
            timeout,
            max_retries,
        )

    def iter_list(
        self,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        sort: str | None = None,
        excluded: Sequence[int] | None = None,
        unembedded: str | None = None,
        price: str | None = None,
        sdeliverytime: str | None = None,
        sellerlvl: str | None = None,
        sonline: bool | None = None,
        sminreview: str | None = None,
        sordersqueue: str | None = None,
        sview: str | None = None,
        strack: str | None = None,
        packages: Sequence[Mapping[str, Any]] | None = None,
        limit: int | None = None,
        filters: Mapping[str, Any] | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Kwork]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List kworks in a catalog section.

        Args:
            category_id: Category id.
            classifier_id: Classifier id inside the category.
            sort: Sort order key, as the app's sort menu sends it.
            excluded: Ids of kworks to leave out, usually the ones already shown; sent
                comma-separated.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            price: Price filter value, from the `price` filter of `get_filters`.
            sdeliverytime: Delivery time filter value, from `get_filters`.
            sellerlvl: Seller level filter value, from `get_filters`.
            sonline: Whether to show only sellers who are online now.
            sminreview: Minimum number of reviews filter value, from `get_filters` (see also
                `get_review_counts`).
            sordersqueue: Orders-in-queue filter value, from `get_filters`.
            sview: Value of the `sview` filter, from `get_filters`.
            strack: Value of the `strack` filter, from `get_filters`.
            packages: Package-parameter filters (`is_package` in `get_filters`), each a mapping with
                `id` and `value`; sent as `packages[0][id]`, `packages[0][value]`, ...
            limit: Kworks per page; 0 means the default of 10.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Kwork.

        Kwork method `kworks`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _kworks.OPERATION,
            (
                category_id,
                classifier_id,
                sort,
                excluded,
                unembedded,
                price,
                sdeliverytime,
                sellerlvl,
                sonline,
                sminreview,
                sordersqueue,
                sview,
                strack,
                packages,
                page,
                limit,
                filters,
            ),
            timeout,
            max_retries,
        )

    async def get_my_kworks_by_status(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[KworkStatusTab]:
        """List your own kworks grouped by status.

        The signed-in seller's kwork status tabs (active, paused, in moderation and so on), each with
        its count and the first page of its kworks.

        Returns:
            list[KworkStatusTab].

        Kwork method `kworksStatusList`; replay-safe (retried on transient failures).
        """
        return await self._call(_kworks_status_list.OPERATION, (), timeout, max_retries)

    async def get_review_counts(
        self,
        *,
        category_id: int | None = None,
        attribute_id: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, int]:
        """Count kworks by number of positive reviews.

        For a category (and optionally chosen attribute values), how many kworks have at least 1, 5, 10,
        20, 50 or 100 positive reviews. The app shows it beside the minimum-reviews filter.

        Args:
            category_id: Category id.
            attribute_id: Ids of chosen attribute values, sent comma-separated.

        Returns:
            dict[str, int].

        Kwork method `positiveReviewsCount`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _positive_reviews_count.OPERATION, (category_id, attribute_id), timeout, max_retries
        )

    async def get_rubric_categories(
        self,
        rubric_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[RubricCategory]:
        """List the categories of a rubric.

        The categories inside one catalog rubric, with their kwork counts.

        Args:
            rubric_id: Rubric id, from `get_rubrics`.

        Returns:
            list[RubricCategory].

        Kwork method `catalogCategories`; replay-safe (retried on transient failures).
        """
        return await self._call(_catalog_categories.OPERATION, (rubric_id,), timeout, max_retries)

    async def get_rubrics(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[CatalogRubric]:
        """List the top-level rubrics of the catalog menu.

        The rubrics (top-level sections) the app's catalog menu starts with, in display order.

        Returns:
            list[CatalogRubric].

        Kwork method `catalogRubrics`; replay-safe (retried on transient failures).
        """
        return await self._call(_catalog_rubrics.OPERATION, (), timeout, max_retries)

    async def get_search_suggestions(
        self,
        query: str,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[dict[str, Any]]:
        """Suggest search phrases for a partial query.

        Search keywords that complete what the user has typed so far.

        Args:
            query: What the user has typed so far.
            page: Page number, starting at 1.

        Returns:
            list[dict[str, Any]].

        Kwork method `searchKworksCatalogQuery`; replay-safe (retried on transient failures).
        """
        return await self._call(_search_kworks_catalog_query.OPERATION, (query, page), timeout, max_retries)

    async def get_subscriber_stats(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[SubscriberCount]:
        """Get the subscriber history of a channel sold as a kwork.

        For a kwork that sells placement in a channel (such as a Telegram channel), the number of the
        channel's subscribers by date.

        Args:
            kwork_id: Id of the kwork.

        Returns:
            list[SubscriberCount].

        Kwork method `getSubscribersStatistics`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_subscribers_statistics.OPERATION, (kwork_id,), timeout, max_retries)

    async def get_user_kwork_categories(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[KworkCategoryTab]:
        """List a seller's kworks grouped by category.

        The categories a seller has active kworks in, each with its count and the first kworks, as the
        tabs of the profile page show them.

        Args:
            user_id: Id of the seller.

        Returns:
            list[KworkCategoryTab].

        Kwork method `kworksCategoriesList`; replay-safe (retried on transient failures).
        """
        return await self._call(_kworks_categories_list.OPERATION, (user_id,), timeout, max_retries)

    async def get_user_kworks(
        self,
        user_id: int,
        *,
        page: int | None = None,
        category_id: int | None = None,
        status_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserKworksResponse:
        """List a seller's kworks.

        One page of the kworks on a seller's profile, optionally narrowed to a category or a status.

        Args:
            user_id: Id of the seller.
            page: Page number, starting at 1.
            category_id: Category id, from `get_user_kwork_categories`.
            status_id: Status id, from `get_my_kworks_by_status` (for your own kworks).

        Returns:
            UserKworksResponse.

        Kwork method `userKworks`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _user_kworks.OPERATION, (user_id, page, category_id, status_id), timeout, max_retries
        )

    def iter_user_kworks(
        self,
        user_id: int,
        *,
        category_id: int | None = None,
        status_id: int | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[KworkCardWithLevel]:
        """Iterate over every item of `get_user_kworks`, fetching pages as needed.

        List a seller's kworks.

        Args:
            user_id: Id of the seller.
            category_id: Category id, from `get_user_kwork_categories`.
            status_id: Status id, from `get_my_kworks_by_status` (for your own kworks).
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkCardWithLevel.

        Kwork method `userKworks`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _user_kworks.OPERATION, (user_id, page, category_id, status_id), timeout, max_retries
        )

    async def get_viewed(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ProfileKworksResponse:
        """List the kworks the user viewed.

        One page of the kworks the signed-in user opened recently. The server leaves `response` out when
        there are none.

        Args:
            page: Page number, starting at 1.

        Returns:
            ProfileKworksResponse.

        Kwork method `viewedCatalogKworks`; replay-safe (retried on transient failures).
        """
        return await self._call(_viewed_catalog_kworks.OPERATION, (page,), timeout, max_retries)

    def iter_viewed(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[KworkCard]:
        """Iterate over every item of `get_viewed`, fetching pages as needed.

        List the kworks the user viewed.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkCard.

        Kwork method `viewedCatalogKworks`; replay-safe (retried on transient failures).
        """
        return self._iter(_viewed_catalog_kworks.OPERATION, (page,), timeout, max_retries)

    async def join_black_friday(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BlackFridayTerms:
        """Enter one of your kworks in the Black Friday sale.

        Marks a kwork of the signed-in seller as taking part in the Black Friday promotion and returns
        its sale price and discount.

        Args:
            kwork_id: Kwork id.

        Returns:
            BlackFridayTerms.

        Kwork method `markKworksBlackFriday`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_mark_kworks_black_friday.OPERATION, (kwork_id,), timeout, max_retries)

    async def mark_favorite(
        self,
        kwork_id: int,
        is_favorite: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add a kwork to favourites or remove it.

        Adds a kwork to the signed-in user's favourite kworks, or removes it from them.

        Args:
            kwork_id: Kwork id.
            is_favorite: True to add the kwork to favourites, false to remove it.

        Returns:
            None.

        Kwork method `markKworkAsFavorite`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _mark_kwork_as_favorite.OPERATION, (kwork_id, is_favorite), timeout, max_retries
        )

    async def mark_hidden(
        self,
        kwork_id: int,
        is_hidden: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Hide a kwork or show it again.

        Hides a kwork from the signed-in user's catalog lists, or shows a hidden one again.

        Args:
            kwork_id: Kwork id.
            is_hidden: True to hide the kwork, false to show it again.

        Returns:
            None.

        Kwork method `markKworkAsHidden`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_mark_kwork_as_hidden.OPERATION, (kwork_id, is_hidden), timeout, max_retries)

    async def pause_kwork(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Pause one of your kworks.

        Stops selling a kwork of the signed-in seller until it is started again.

        Args:
            kwork_id: Kwork id.

        Returns:
            None.

        Kwork method `pauseKwork`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_pause_kwork.OPERATION, (kwork_id,), timeout, max_retries)

    async def remove_favorite_categories(
        self,
        categories: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Remove categories from the user's favourites.

        Removes catalog categories from the signed-in user's favourite categories; the others stay.

        Args:
            categories: Ids of the categories to remove, sent comma-separated.

        Returns:
            None.

        Kwork method `delFavoriteCategories`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_del_favorite_categories.OPERATION, (categories,), timeout, max_retries)

    async def report_kwork(
        self,
        kwork_id: int,
        category_id: int,
        *,
        files: Sequence[int] | None = None,
        email: str | None = None,
        message: str | None = None,
        g_recaptcha_response: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkComplaintResponse:
        """Report a kwork to the moderators.

        Sends a complaint about a kwork. Without a token, give an `email` for the answer. The server may
        ask for a captcha (error 118): resend with `g-recaptcha-response`. The answer says when the next
        complaint can go without one.

        Args:
            kwork_id: Kwork id.
            category_id: Complaint category id, from `getComplainCategories`.
            files: Ids of files uploaded beforehand with `fileUpload`.
            email: E-mail address for the answer, when not signed in.
            message: What is wrong with the kwork.
            g_recaptcha_response: Solved captcha token, when the server asks for one (error 118).

        Returns:
            KworkComplaintResponse.

        Kwork method `createKworkComplain`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _create_kwork_complain.OPERATION,
            (kwork_id, category_id, files, email, message, g_recaptcha_response),
            timeout,
            max_retries,
        )

    async def search(
        self,
        query: str,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        sort: str | None = None,
        excluded: Sequence[int] | None = None,
        unembedded: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        filters: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkSearchResponse:
        """Search kworks.

        One page of kworks matching a search text, with the categories and classifiers the matches fall
        in. Catalog filters work as in `get_list`.

        Args:
            query: Search text.
            category_id: Category id to search in.
            classifier_id: Classifier id to search in; needs `categoryId`.
            sort: Sort order: `x` for relevance, `new` for the newest first.
            excluded: Ids of kworks to leave out, usually the ones already shown; sent
                comma-separated.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            page: Page number, starting at 1.
            limit: Kworks per page.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.

        Returns:
            KworkSearchResponse.

        Kwork method `search`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _search.OPERATION,
            (query, category_id, classifier_id, sort, excluded, unembedded, page, limit, filters),
            timeout,
            max_retries,
        )

    def iter_search(
        self,
        query: str,
        *,
        category_id: int | None = None,
        classifier_id: int | None = None,
        sort: str | None = None,
        excluded: Sequence[int] | None = None,
        unembedded: str | None = None,
        limit: int | None = None,
        filters: Mapping[str, Any] | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[KworkCardWithLevel]:
        """Iterate over every item of `search`, fetching pages as needed.

        Search kworks.

        Args:
            query: Search text.
            category_id: Category id to search in.
            classifier_id: Classifier id to search in; needs `categoryId`.
            sort: Sort order: `x` for relevance, `new` for the newest first.
            excluded: Ids of kworks to leave out, usually the ones already shown; sent
                comma-separated.
            unembedded: Ids of the values chosen in unembedded filters (`is_unembedded` in
                `get_filters`), joined with hyphens, such as `125-340`.
            limit: Kworks per page.
            filters: Any other chosen catalog filters as `query_key: value` pairs (the keys and
                values come from `get_filters`); each pair is sent as a query parameter of its own.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkCardWithLevel.

        Kwork method `search`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _search.OPERATION,
            (query, category_id, classifier_id, sort, excluded, unembedded, page, limit, filters),
            timeout,
            max_retries,
        )

    async def set_favorite_categories(
        self,
        *,
        categories: Sequence[int] | None = None,
        attributes: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace the user's favourite categories and attributes.

        Sets the signed-in user's favourite categories and attributes to exactly the given lists, adding
        and removing in one call. The app sends only `attributes` when it changes attributes.

        Args:
            categories: Ids of the favourite categories, sent comma-separated.
            attributes: Ids of the favourite attributes, sent comma-separated.

        Returns:
            None.

        Kwork method `setFavorite`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_set_favorite.OPERATION, (categories, attributes), timeout, max_retries)

    async def start_kwork(
        self,
        kwork_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[KworkStartResult]:
        """Switch one of your kworks on.

        Starts selling a kwork of the signed-in seller. The answer's message says whether it is live now
        or goes live after moderation.

        Args:
            kwork_id: Kwork id.

        Returns:
            list[KworkStartResult].

        Kwork method `startKwork`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_start_kwork.OPERATION, (kwork_id,), timeout, max_retries)
