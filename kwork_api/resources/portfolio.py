"""`client.portfolio`: Portfolio items shown on profiles and kworks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kwork_api._generated.api.portfolio import (
    create_portfolio as _create_portfolio,
)
from kwork_api._generated.api.portfolio import (
    delete_portfolio as _delete_portfolio,
)
from kwork_api._generated.api.portfolio import (
    edit_portfolio as _edit_portfolio,
)
from kwork_api._generated.api.portfolio import (
    get_kwork_portfolios as _get_kwork_portfolios,
)
from kwork_api._generated.api.portfolio import (
    portfolio_categories_list as _portfolio_categories_list,
)
from kwork_api._generated.api.portfolio import (
    portfolio_list as _portfolio_list,
)
from kwork_api._generated.api.portfolio import (
    upload_portfolio_file as _upload_portfolio_file,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, FileInput, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.kwork_portfolio_response import KworkPortfolioResponse
    from kwork_api._generated.models.portfolio_category_tab import PortfolioCategoryTab
    from kwork_api._generated.models.portfolio_file_upload import PortfolioFileUpload
    from kwork_api._generated.models.portfolio_item import PortfolioItem
    from kwork_api._generated.models.portfolio_page import PortfolioPage

__all__ = ["AsyncPortfolioResource", "PortfolioResource"]


class PortfolioResource(SyncResource):
    """Portfolio items shown on profiles and kworks."""

    __slots__ = ()

    def create(
        self,
        title: str,
        images: Sequence[int],
        cover: Mapping[int | str, Any],
        *,
        attributes_ids: Sequence[int] | None = None,
        category_id: int | None = None,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add a portfolio item.

        Creates a portfolio item from images uploaded beforehand with `upload_file`. Give a category, or
        an order the work was done in.

        Args:
            title: Title of the work.
            images: Ids of the images uploaded with `upload_file`, in display order.
            cover: Cover settings, see the form field of the same name.
            attributes_ids: Ids of the category attributes that describe the work.
            category_id: Category id; may be left out when `order_id` is given.
            order_id: Id of the order the work was done in.

        Returns:
            None.

        Kwork method `createPortfolio`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _create_portfolio.OPERATION,
            (title, images, cover, attributes_ids, category_id, order_id),
            timeout,
            max_retries,
        )

    def delete(
        self,
        portfolio_id: int,
        unlink: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a portfolio item.

        Deletes one of the signed-in user's portfolio items, or with `unlink` only detaches it from its
        kwork or order.

        Args:
            portfolio_id: Portfolio item id.
            unlink: True to only detach the item, false to delete it.

        Returns:
            None.

        Kwork method `deletePortfolio`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_delete_portfolio.OPERATION, (portfolio_id, unlink), timeout, max_retries)

    def edit(
        self,
        portfolio_id: int,
        title: str,
        category_id: int,
        images: Sequence[int],
        cover: Mapping[int | str, Any],
        *,
        attributes_ids: Sequence[int] | None = None,
        kwork_id: int | None = None,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change a portfolio item.

        Replaces the title, category, images, cover and attributes of one of the signed-in user's
        portfolio items.

        Args:
            portfolio_id: Portfolio item id.
            title: Title of the work.
            category_id: Category id.
            images: Ids of the images uploaded with `upload_file`, in display order.
            cover: Cover settings, see the form field of the same name.
            attributes_ids: Ids of the category attributes that describe the work.
            kwork_id: Id of the kwork the item is attached to.
            order_id: Id of the order the work was done in.

        Returns:
            None.

        Kwork method `editPortfolio`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _edit_portfolio.OPERATION,
            (portfolio_id, title, category_id, images, cover, attributes_ids, kwork_id, order_id),
            timeout,
            max_retries,
        )

    def get_categories(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[PortfolioCategoryTab]:
        """List a user's portfolio grouped by category.

        The categories a user has portfolio items in, each with its count and the first items, as the
        tabs of the profile page show them.

        Args:
            user_id: Id of the user.

        Returns:
            list[PortfolioCategoryTab].

        Kwork method `portfolioCategoriesList`; replay-safe (retried on transient failures).
        """
        return self._call(_portfolio_categories_list.OPERATION, (user_id,), timeout, max_retries)

    def get_kwork_portfolio(
        self,
        kwork_id: int,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkPortfolioResponse:
        """List the portfolio items of a kwork.

        One page of the portfolio items attached to a kwork.

        Args:
            kwork_id: Kwork id.
            page: Page number, starting at 1.

        Returns:
            KworkPortfolioResponse.

        Kwork method `getKworkPortfolios`; replay-safe (retried on transient failures).
        """
        return self._call(_get_kwork_portfolios.OPERATION, (kwork_id, page), timeout, max_retries)

    def iter_kwork_portfolio(
        self,
        kwork_id: int,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[PortfolioItem]:
        """Iterate over every item of `get_kwork_portfolio`, fetching pages as needed.

        List the portfolio items of a kwork.

        Args:
            kwork_id: Kwork id.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of PortfolioItem.

        Kwork method `getKworkPortfolios`; replay-safe (retried on transient failures).
        """
        return self._iter(_get_kwork_portfolios.OPERATION, (kwork_id, page), timeout, max_retries)

    def get_list(
        self,
        user_id: int,
        category_id: str,
        page: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PortfolioPage:
        """List a user's portfolio items.

        One page of a user's portfolio items, in one category or in all of them.

        Args:
            user_id: Id of the user.
            category_id: Category id, or `all` for every category.
            page: Page number, starting at 1.

        Returns:
            PortfolioPage.

        Kwork method `portfolioList`; replay-safe (retried on transient failures).
        """
        return self._call(_portfolio_list.OPERATION, (user_id, category_id, page), timeout, max_retries)

    def iter_list(
        self,
        user_id: int,
        category_id: str,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[PortfolioItem]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List a user's portfolio items.

        Args:
            user_id: Id of the user.
            category_id: Category id, or `all` for every category.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of PortfolioItem.

        Kwork method `portfolioList`; replay-safe (retried on transient failures).
        """
        return self._iter(_portfolio_list.OPERATION, (user_id, category_id, page), timeout, max_retries)

    def upload_file(
        self,
        file: FileInput,
        *,
        hashes: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[PortfolioFileUpload]:
        """Upload an image for a portfolio item.

        Stores a file for later use in `create` or `edit`. Pass the hash ids of files uploaded earlier
        in `hashes[]` to have duplicates detected.

        Args:
            file: The file to upload.
            hashes: Hash ids of files uploaded earlier, to check the new file against.

        Returns:
            list[PortfolioFileUpload].

        Kwork method `uploadPortfolioFile`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_upload_portfolio_file.OPERATION, (hashes, file), timeout, max_retries)


class AsyncPortfolioResource(AsyncResource):
    """Portfolio items shown on profiles and kworks."""

    __slots__ = ()

    async def create(
        self,
        title: str,
        images: Sequence[int],
        cover: Mapping[int | str, Any],
        *,
        attributes_ids: Sequence[int] | None = None,
        category_id: int | None = None,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add a portfolio item.

        Creates a portfolio item from images uploaded beforehand with `upload_file`. Give a category, or
        an order the work was done in.

        Args:
            title: Title of the work.
            images: Ids of the images uploaded with `upload_file`, in display order.
            cover: Cover settings, see the form field of the same name.
            attributes_ids: Ids of the category attributes that describe the work.
            category_id: Category id; may be left out when `order_id` is given.
            order_id: Id of the order the work was done in.

        Returns:
            None.

        Kwork method `createPortfolio`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _create_portfolio.OPERATION,
            (title, images, cover, attributes_ids, category_id, order_id),
            timeout,
            max_retries,
        )

    async def delete(
        self,
        portfolio_id: int,
        unlink: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a portfolio item.

        Deletes one of the signed-in user's portfolio items, or with `unlink` only detaches it from its
        kwork or order.

        Args:
            portfolio_id: Portfolio item id.
            unlink: True to only detach the item, false to delete it.

        Returns:
            None.

        Kwork method `deletePortfolio`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_delete_portfolio.OPERATION, (portfolio_id, unlink), timeout, max_retries)

    async def edit(
        self,
        portfolio_id: int,
        title: str,
        category_id: int,
        images: Sequence[int],
        cover: Mapping[int | str, Any],
        *,
        attributes_ids: Sequence[int] | None = None,
        kwork_id: int | None = None,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change a portfolio item.

        Replaces the title, category, images, cover and attributes of one of the signed-in user's
        portfolio items.

        Args:
            portfolio_id: Portfolio item id.
            title: Title of the work.
            category_id: Category id.
            images: Ids of the images uploaded with `upload_file`, in display order.
            cover: Cover settings, see the form field of the same name.
            attributes_ids: Ids of the category attributes that describe the work.
            kwork_id: Id of the kwork the item is attached to.
            order_id: Id of the order the work was done in.

        Returns:
            None.

        Kwork method `editPortfolio`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _edit_portfolio.OPERATION,
            (portfolio_id, title, category_id, images, cover, attributes_ids, kwork_id, order_id),
            timeout,
            max_retries,
        )

    async def get_categories(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[PortfolioCategoryTab]:
        """List a user's portfolio grouped by category.

        The categories a user has portfolio items in, each with its count and the first items, as the
        tabs of the profile page show them.

        Args:
            user_id: Id of the user.

        Returns:
            list[PortfolioCategoryTab].

        Kwork method `portfolioCategoriesList`; replay-safe (retried on transient failures).
        """
        return await self._call(_portfolio_categories_list.OPERATION, (user_id,), timeout, max_retries)

    async def get_kwork_portfolio(
        self,
        kwork_id: int,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkPortfolioResponse:
        """List the portfolio items of a kwork.

        One page of the portfolio items attached to a kwork.

        Args:
            kwork_id: Kwork id.
            page: Page number, starting at 1.

        Returns:
            KworkPortfolioResponse.

        Kwork method `getKworkPortfolios`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_kwork_portfolios.OPERATION, (kwork_id, page), timeout, max_retries)

    def iter_kwork_portfolio(
        self,
        kwork_id: int,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[PortfolioItem]:
        """Iterate over every item of `get_kwork_portfolio`, fetching pages as needed.

        List the portfolio items of a kwork.

        Args:
            kwork_id: Kwork id.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of PortfolioItem.

        Kwork method `getKworkPortfolios`; replay-safe (retried on transient failures).
        """
        return self._iter(_get_kwork_portfolios.OPERATION, (kwork_id, page), timeout, max_retries)

    async def get_list(
        self,
        user_id: int,
        category_id: str,
        page: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PortfolioPage:
        """List a user's portfolio items.

        One page of a user's portfolio items, in one category or in all of them.

        Args:
            user_id: Id of the user.
            category_id: Category id, or `all` for every category.
            page: Page number, starting at 1.

        Returns:
            PortfolioPage.

        Kwork method `portfolioList`; replay-safe (retried on transient failures).
        """
        return await self._call(_portfolio_list.OPERATION, (user_id, category_id, page), timeout, max_retries)

    def iter_list(
        self,
        user_id: int,
        category_id: str,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[PortfolioItem]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List a user's portfolio items.

        Args:
            user_id: Id of the user.
            category_id: Category id, or `all` for every category.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of PortfolioItem.

        Kwork method `portfolioList`; replay-safe (retried on transient failures).
        """
        return self._iter(_portfolio_list.OPERATION, (user_id, category_id, page), timeout, max_retries)

    async def upload_file(
        self,
        file: FileInput,
        *,
        hashes: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[PortfolioFileUpload]:
        """Upload an image for a portfolio item.

        Stores a file for later use in `create` or `edit`. Pass the hash ids of files uploaded earlier
        in `hashes[]` to have duplicates detected.

        Args:
            file: The file to upload.
            hashes: Hash ids of files uploaded earlier, to check the new file against.

        Returns:
            list[PortfolioFileUpload].

        Kwork method `uploadPortfolioFile`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_upload_portfolio_file.OPERATION, (hashes, file), timeout, max_retries)
