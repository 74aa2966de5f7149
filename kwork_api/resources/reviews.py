"""`client.reviews`: Reviews of kworks and users, and answers to them.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Literal

from kwork_api._generated.api.reviews import (
    create_answer as _create_answer,
)
from kwork_api._generated.api.reviews import (
    create_review as _create_review,
)
from kwork_api._generated.api.reviews import (
    delete_review as _delete_review,
)
from kwork_api._generated.api.reviews import (
    edit_answer as _edit_answer,
)
from kwork_api._generated.api.reviews import (
    edit_review as _edit_review,
)
from kwork_api._generated.api.reviews import (
    get_kwork_reviews as _get_kwork_reviews,
)
from kwork_api._generated.api.reviews import (
    user_reviews as _user_reviews,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.review import Review
    from kwork_api._generated.models.reviews_response import ReviewsResponse

__all__ = ["AsyncReviewsResource", "ReviewsResource"]


class ReviewsResource(SyncResource):
    """Reviews of kworks and users, and answers to them."""

    __slots__ = ()

    def create(
        self,
        order_id: int,
        type: Literal["positive", "negative"],
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Review a completed order.

        Leaves the signed-in buyer's review of a completed order.

        Args:
            order_id: Id of the completed order.
            type: Whether the review is `positive` or `negative`.
            text: Review text.

        Returns:
            None.

        Kwork method `createReview`; changes state (never resent once it may have reached the server).
        """
        return self._call(_create_review.OPERATION, (order_id, type, text), timeout, max_retries)

    def create_answer(
        self,
        review_id: int,
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Answer a review.

        Posts the signed-in seller's public answer to a review of their work.

        Args:
            review_id: Id of the review to answer.
            text: Answer text.

        Returns:
            None.

        Kwork method `createAnswer`; changes state (never resent once it may have reached the server).
        """
        return self._call(_create_answer.OPERATION, (review_id, text), timeout, max_retries)

    def delete(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete your review of an order.

        Removes the signed-in buyer's review of an order.

        Args:
            order_id: Id of the reviewed order.

        Returns:
            None.

        Kwork method `deleteReview`; changes state (never resent once it may have reached the server).
        """
        return self._call(_delete_review.OPERATION, (order_id,), timeout, max_retries)

    def edit(
        self,
        order_id: int,
        type: Literal["positive", "negative"],
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change your review of an order.

        Replaces the rating and text of the signed-in buyer's review of an order.

        Args:
            order_id: Id of the reviewed order.
            type: Whether the review is `positive` or `negative`.
            text: New review text.

        Returns:
            None.

        Kwork method `editReview`; changes state (never resent once it may have reached the server).
        """
        return self._call(_edit_review.OPERATION, (order_id, type, text), timeout, max_retries)

    def edit_answer(
        self,
        answer_id: int,
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change your answer to a review.

        Replaces the text of the signed-in seller's answer to a review.

        Args:
            answer_id: Id of the answer.
            text: New answer text.

        Returns:
            None.

        Kwork method `editAnswer`; changes state (never resent once it may have reached the server).
        """
        return self._call(_edit_answer.OPERATION, (answer_id, text), timeout, max_retries)

    def get_kwork_reviews(
        self,
        kwork_id: int,
        type: Literal["positive", "negative", "all"],
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReviewsResponse:
        """List the reviews of a kwork.

        One page of buyers' reviews of a kwork, newest first, with the seller's answers.

        Args:
            kwork_id: Kwork id.
            type: Which reviews: `positive`, `negative` or `all`.
            page: Page number, starting at 1.

        Returns:
            ReviewsResponse.

        Kwork method `getKworkReviews`; replay-safe (retried on transient failures).
        """
        return self._call(_get_kwork_reviews.OPERATION, (kwork_id, type, page), timeout, max_retries)

    def iter_kwork_reviews(
        self,
        kwork_id: int,
        type: Literal["positive", "negative", "all"],
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Review]:
        """Iterate over every item of `get_kwork_reviews`, fetching pages as needed.

        List the reviews of a kwork.

        Args:
            kwork_id: Kwork id.
            type: Which reviews: `positive`, `negative` or `all`.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Review.

        Kwork method `getKworkReviews`; replay-safe (retried on transient failures).
        """
        return self._iter(_get_kwork_reviews.OPERATION, (kwork_id, type, page), timeout, max_retries)

    def get_user_reviews(
        self,
        user_id: int,
        type: Literal["positive", "negative", "all"],
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReviewsResponse:
        """List the reviews of a user.

        One page of the reviews a seller received across their kworks, with the seller's answers.
        Entries may be portfolio items without a review (their `id` and `text` are null).

        Args:
            user_id: Id of the user.
            type: Which reviews: `positive`, `negative` or `all`.
            page: Page number, starting at 1.

        Returns:
            ReviewsResponse.

        Kwork method `userReviews`; replay-safe (retried on transient failures).
        """
        return self._call(_user_reviews.OPERATION, (user_id, type, page), timeout, max_retries)

    def iter_user_reviews(
        self,
        user_id: int,
        type: Literal["positive", "negative", "all"],
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Review]:
        """Iterate over every item of `get_user_reviews`, fetching pages as needed.

        List the reviews of a user.

        Args:
            user_id: Id of the user.
            type: Which reviews: `positive`, `negative` or `all`.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Review.

        Kwork method `userReviews`; replay-safe (retried on transient failures).
        """
        return self._iter(_user_reviews.OPERATION, (user_id, type, page), timeout, max_retries)


class AsyncReviewsResource(AsyncResource):
    """Reviews of kworks and users, and answers to them."""

    __slots__ = ()

    async def create(
        self,
        order_id: int,
        type: Literal["positive", "negative"],
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Review a completed order.

        Leaves the signed-in buyer's review of a completed order.

        Args:
            order_id: Id of the completed order.
            type: Whether the review is `positive` or `negative`.
            text: Review text.

        Returns:
            None.

        Kwork method `createReview`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_create_review.OPERATION, (order_id, type, text), timeout, max_retries)

    async def create_answer(
        self,
        review_id: int,
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Answer a review.

        Posts the signed-in seller's public answer to a review of their work.

        Args:
            review_id: Id of the review to answer.
            text: Answer text.

        Returns:
            None.

        Kwork method `createAnswer`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_create_answer.OPERATION, (review_id, text), timeout, max_retries)

    async def delete(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete your review of an order.

        Removes the signed-in buyer's review of an order.

        Args:
            order_id: Id of the reviewed order.

        Returns:
            None.

        Kwork method `deleteReview`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_delete_review.OPERATION, (order_id,), timeout, max_retries)

    async def edit(
        self,
        order_id: int,
        type: Literal["positive", "negative"],
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change your review of an order.

        Replaces the rating and text of the signed-in buyer's review of an order.

        Args:
            order_id: Id of the reviewed order.
            type: Whether the review is `positive` or `negative`.
            text: New review text.

        Returns:
            None.

        Kwork method `editReview`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_edit_review.OPERATION, (order_id, type, text), timeout, max_retries)

    async def edit_answer(
        self,
        answer_id: int,
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change your answer to a review.

        Replaces the text of the signed-in seller's answer to a review.

        Args:
            answer_id: Id of the answer.
            text: New answer text.

        Returns:
            None.

        Kwork method `editAnswer`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_edit_answer.OPERATION, (answer_id, text), timeout, max_retries)

    async def get_kwork_reviews(
        self,
        kwork_id: int,
        type: Literal["positive", "negative", "all"],
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReviewsResponse:
        """List the reviews of a kwork.

        One page of buyers' reviews of a kwork, newest first, with the seller's answers.

        Args:
            kwork_id: Kwork id.
            type: Which reviews: `positive`, `negative` or `all`.
            page: Page number, starting at 1.

        Returns:
            ReviewsResponse.

        Kwork method `getKworkReviews`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_kwork_reviews.OPERATION, (kwork_id, type, page), timeout, max_retries)

    def iter_kwork_reviews(
        self,
        kwork_id: int,
        type: Literal["positive", "negative", "all"],
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Review]:
        """Iterate over every item of `get_kwork_reviews`, fetching pages as needed.

        List the reviews of a kwork.

        Args:
            kwork_id: Kwork id.
            type: Which reviews: `positive`, `negative` or `all`.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Review.

        Kwork method `getKworkReviews`; replay-safe (retried on transient failures).
        """
        return self._iter(_get_kwork_reviews.OPERATION, (kwork_id, type, page), timeout, max_retries)

    async def get_user_reviews(
        self,
        user_id: int,
        type: Literal["positive", "negative", "all"],
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReviewsResponse:
        """List the reviews of a user.

        One page of the reviews a seller received across their kworks, with the seller's answers.
        Entries may be portfolio items without a review (their `id` and `text` are null).

        Args:
            user_id: Id of the user.
            type: Which reviews: `positive`, `negative` or `all`.
            page: Page number, starting at 1.

        Returns:
            ReviewsResponse.

        Kwork method `userReviews`; replay-safe (retried on transient failures).
        """
        return await self._call(_user_reviews.OPERATION, (user_id, type, page), timeout, max_retries)

    def iter_user_reviews(
        self,
        user_id: int,
        type: Literal["positive", "negative", "all"],
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Review]:
        """Iterate over every item of `get_user_reviews`, fetching pages as needed.

        List the reviews of a user.

        Args:
            user_id: Id of the user.
            type: Which reviews: `positive`, `negative` or `all`.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Review.

        Kwork method `userReviews`; replay-safe (retried on transient failures).
        """
        return self._iter(_user_reviews.OPERATION, (user_id, type, page), timeout, max_retries)
