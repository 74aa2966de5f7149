"""`client.user`: The signed-in account and other users' public profiles.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._generated.api.user import (
    actor as _actor,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.kwork_user import KworkUser

__all__ = ["AsyncUserResource", "UserResource"]


class UserResource(SyncResource):
    """The signed-in account and other users' public profiles."""

    __slots__ = ()

    def get_me(
        self,
        *,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkUser:
        """Get the signed-in user's own profile and counters.

        Returns the account behind the token, with balances and unread counters.

        Args:
            make_online: Whether this call marks the user as online.

        Returns:
            KworkUser.

        Kwork method `actor`; replay-safe (retried on transient failures).
        """
        return self._call(_actor.OPERATION, (make_online,), timeout, max_retries)


class AsyncUserResource(AsyncResource):
    """The signed-in account and other users' public profiles."""

    __slots__ = ()

    async def get_me(
        self,
        *,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkUser:
        """Get the signed-in user's own profile and counters.

        Returns the account behind the token, with balances and unread counters.

        Args:
            make_online: Whether this call marks the user as online.

        Returns:
            KworkUser.

        Kwork method `actor`; replay-safe (retried on transient failures).
        """
        return await self._call(_actor.OPERATION, (make_online,), timeout, max_retries)
