"""`client.user`: The signed-in account and other users' public profiles.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Literal

from kwork_api._generated.api.user import (
    actor as _actor,
)
from kwork_api._generated.api.user import (
    change_payer_sub_role as _change_payer_sub_role,
)
from kwork_api._generated.api.user import (
    delete_user_note as _delete_user_note,
)
from kwork_api._generated.api.user import (
    get_actor_info as _get_actor_info,
)
from kwork_api._generated.api.user import (
    get_badges_info as _get_badges_info,
)
from kwork_api._generated.api.user import (
    get_security_user_data as _get_security_user_data,
)
from kwork_api._generated.api.user import (
    get_user_info as _get_user_info,
)
from kwork_api._generated.api.user import (
    offline as _offline,
)
from kwork_api._generated.api.user import (
    save_user_note as _save_user_note,
)
from kwork_api._generated.api.user import (
    set_user_type as _set_user_type,
)
from kwork_api._generated.api.user import (
    user as _user,
)
from kwork_api._generated.api.user import (
    user_by_username as _user_by_username,
)
from kwork_api._generated.api.user import (
    user_online as _user_online,
)
from kwork_api._generated.api.user import (
    user_search as _user_search,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.account_info import AccountInfo
    from kwork_api._generated.models.feature import Feature
    from kwork_api._generated.models.kwork_seller import KworkSeller
    from kwork_api._generated.models.kwork_user import KworkUser
    from kwork_api._generated.models.security_info import SecurityInfo
    from kwork_api._generated.models.unread_counters import UnreadCounters
    from kwork_api._generated.models.user_info import UserInfo
    from kwork_api._generated.models.user_search_response import UserSearchResponse

__all__ = ["AsyncUserResource", "UserResource"]


class UserResource(SyncResource):
    """The signed-in account and other users' public profiles."""

    __slots__ = ()

    def delete_note(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the private note about a user.

        Removes the signed-in user's private note about another user.

        Args:
            user_id: Id of the user the note is about.

        Returns:
            None.

        Kwork method `deleteUserNote`; changes state (never resent once it may have reached the server).
        """
        return self._call(_delete_user_note.OPERATION, (user_id,), timeout, max_retries)

    def get_account_info(
        self,
        *,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountInfo:
        """Get a short summary of the signed-in account.

        A lighter answer than `actor`: the signed-in user's identity, role, balance, location and a few
        counters and settings, without reviews, kworks or unread counters.

        Args:
            uad: Stable identifier of this installation.

        Returns:
            AccountInfo.

        Kwork method `getActorInfo`; replay-safe (retried on transient failures).
        """
        return self._call(_get_actor_info.OPERATION, (uad,), timeout, max_retries)

    def get_me(
        self,
        *,
        make_online: bool | None = None,
        uad: str | None = None,
        is_app_white_listed: bool | None = None,
        white_listed_last_show_time: str | None = None,
        white_listed_window_skipped: bool | None = None,
        is_app_push_on: bool | None = None,
        app_push_on_last_show_time: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkUser:
        """Get the signed-in user's own profile and counters.

        Returns the account behind the token, with balances, unread counters and the account's settings.
        The official app also reports its notification settings here (the optional form fields); an SDK
        caller can leave them out. The envelope may carry a top-level `fcmTokenLost` flag, which the SDK
        does not expose.

        Args:
            make_online: Whether this call marks the user as online.
            uad: Stable identifier of this installation.
            is_app_white_listed: Whether the app is exempt from the phone's battery optimisation, as
                the app reports it.
            white_listed_last_show_time: When the app last asked the user to exempt it from battery
                optimisation, as the app records it.
            white_listed_window_skipped: Whether the user dismissed the app's battery-optimisation
                prompt.
            is_app_push_on: Whether push notifications are enabled for the app on the device.
            app_push_on_last_show_time: When the app last asked the user to turn push notifications
                on, as the app records it.

        Returns:
            KworkUser.

        Kwork method `actor`; replay-safe (retried on transient failures).
        """
        return self._call(
            _actor.OPERATION,
            (
                make_online,
                uad,
                is_app_white_listed,
                white_listed_last_show_time,
                white_listed_window_skipped,
                is_app_push_on,
                app_push_on_last_show_time,
            ),
            timeout,
            max_retries,
        )

    def get_security_info(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> SecurityInfo:
        """Get the account's security details.

        What the app's Security screen shows: user name and whether it may be changed, e-mail, phone and
        how codes reach it, profile completeness, and links to the WhatsApp and Telegram channels.

        Returns:
            SecurityInfo.

        Kwork method `getSecurityUserData`; replay-safe (retried on transient failures).
        """
        return self._call(_get_security_user_data.OPERATION, (), timeout, max_retries)

    def get_unread_counters(
        self,
        *,
        make_online: bool | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnreadCounters:
        """Get the unread counters shown on the app's badges.

        Unread dialogs, messages and notifications of the signed-in user, as the app shows them on its
        icon and tab badges. A cheaper poll than `actor` when only the counters matter.

        Args:
            make_online: Whether this call marks the user as online.
            uad: Stable identifier of this installation.

        Returns:
            UnreadCounters.

        Kwork method `getBadgesInfo`; replay-safe (retried on transient failures).
        """
        return self._call(_get_badges_info.OPERATION, (make_online, uad), timeout, max_retries)

    def get_user(
        self,
        user_id: int,
        *,
        with_hidden: bool | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkUser:
        """Get a user's public profile by id.

        The public profile of any user: ratings, order statistics, badges, skills, kworks, portfolio and
        reviews. Works without a token; signed in, the answer also says whether the caller may write to
        the user and includes the caller's private note about them.

        Args:
            user_id: Id of the user.
            with_hidden: Whether to include field values that are hidden by default.
            make_online: Whether this call marks the user as online.

        Returns:
            KworkUser.

        Kwork method `user`; replay-safe (retried on transient failures).
        """
        return self._call(_user.OPERATION, (user_id, with_hidden, make_online), timeout, max_retries)

    def get_user_by_username(
        self,
        username: str,
        *,
        with_hidden: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkUser:
        """Get a user's public profile by user name.

        The same profile as `user`, looked up by user name instead of id.

        Args:
            username: User name (login) of the user.
            with_hidden: Whether to include field values that are hidden by default.

        Returns:
            KworkUser.

        Kwork method `userByUsername`; replay-safe (retried on transient failures).
        """
        return self._call(_user_by_username.OPERATION, (username, with_hidden), timeout, max_retries)

    def get_user_info(
        self,
        *,
        user_id: int | None = None,
        username: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserInfo:
        """Get a short summary of a user.

        A lighter profile than `user`: identity, reviews, completion rates, badges and skills, without
        kworks, portfolio or review texts. Give `id` or `username`.

        Args:
            user_id: Id of the user.
            username: User name of the user, instead of `id`.

        Returns:
            UserInfo.

        Kwork method `getUserInfo`; replay-safe (retried on transient failures).
        """
        return self._call(_get_user_info.OPERATION, (user_id, username), timeout, max_retries)

    def go_offline(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Mark the signed-in user as offline.

        Shows the user as offline to others right away, as the app does when it goes to the background.

        Returns:
            None.

        Kwork method `offline`; changes state (never resent once it may have reached the server).
        """
        return self._call(_offline.OPERATION, (), timeout, max_retries)

    def go_online(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Mark the signed-in user as online.

        Seen only in the official app's traffic, with no parameters; it is not in the published
        description of the API. It plausibly marks the user as online (the counterpart of `offline`), as
        the app does when it comes to the foreground. The answer carries `data: null` and nothing else
        of use.

        Returns:
            None.

        Kwork method `user_online`; changes state (never resent once it may have reached the server).
        """
        return self._call(_user_online.OPERATION, (), timeout, max_retries)

    def save_note(
        self,
        user_id: int,
        *,
        note: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Write a private note about a user.

        Creates or replaces the signed-in user's private note about another user. Only its author sees
        it, on that user's profile (`note`).

        Args:
            user_id: Id of the user the note is about.
            note: Text of the note.

        Returns:
            None.

        Kwork method `saveUserNote`; changes state (never resent once it may have reached the server).
        """
        return self._call(_save_user_note.OPERATION, (user_id, note), timeout, max_retries)

    def search(
        self,
        query: str,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserSearchResponse:
        """Search users.

        One page of users (sellers) whose name matches a search text.

        Args:
            query: Search text.
            page: Page number, starting at 1.

        Returns:
            UserSearchResponse.

        Kwork method `userSearch`; replay-safe (retried on transient failures).
        """
        return self._call(_user_search.OPERATION, (query, page), timeout, max_retries)

    def iter_search(
        self,
        query: str,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[KworkSeller]:
        """Iterate over every item of `search`, fetching pages as needed.

        Search users.

        Args:
            query: Search text.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkSeller.

        Kwork method `userSearch`; replay-safe (retried on transient failures).
        """
        return self._iter(_user_search.OPERATION, (query, page), timeout, max_retries)

    def set_payer_sub_role(
        self,
        payer_sub_role: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Switch the buyer sub-role of the account.

        Switches whom the account buys for, such as the user personally or a company (some kworks are
        not available to the company sub-role). The value is the app's numeric sub-role code.

        Args:
            payer_sub_role: Numeric code of the buyer sub-role to switch to.

        Returns:
            None.

        Kwork method `changePayerSubRole`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_change_payer_sub_role.OPERATION, (payer_sub_role,), timeout, max_retries)

    def switch_role(
        self,
        type: Literal[0, 1],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Feature:
        """Switch the account between buyer and freelancer.

        Changes the signed-in user's current role and returns the features available in the new role
        (the same answer as `getAvailableFeatures`).

        Args:
            type: New role, `0` buyer or `1` freelancer.

        Returns:
            Feature.

        Kwork method `setUserType`; changes state (never resent once it may have reached the server).
        """
        return self._call(_set_user_type.OPERATION, (type,), timeout, max_retries)


class AsyncUserResource(AsyncResource):
    """The signed-in account and other users' public profiles."""

    __slots__ = ()

    async def delete_note(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the private note about a user.

        Removes the signed-in user's private note about another user.

        Args:
            user_id: Id of the user the note is about.

        Returns:
            None.

        Kwork method `deleteUserNote`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_delete_user_note.OPERATION, (user_id,), timeout, max_retries)

    async def get_account_info(
        self,
        *,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountInfo:
        """Get a short summary of the signed-in account.

        A lighter answer than `actor`: the signed-in user's identity, role, balance, location and a few
        counters and settings, without reviews, kworks or unread counters.

        Args:
            uad: Stable identifier of this installation.

        Returns:
            AccountInfo.

        Kwork method `getActorInfo`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_actor_info.OPERATION, (uad,), timeout, max_retries)

    async def get_me(
        self,
        *,
        make_online: bool | None = None,
        uad: str | None = None,
        is_app_white_listed: bool | None = None,
        white_listed_last_show_time: str | None = None,
        white_listed_window_skipped: bool | None = None,
        is_app_push_on: bool | None = None,
        app_push_on_last_show_time: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkUser:
        """Get the signed-in user's own profile and counters.

        Returns the account behind the token, with balances, unread counters and the account's settings.
        The official app also reports its notification settings here (the optional form fields); an SDK
        caller can leave them out. The envelope may carry a top-level `fcmTokenLost` flag, which the SDK
        does not expose.

        Args:
            make_online: Whether this call marks the user as online.
            uad: Stable identifier of this installation.
            is_app_white_listed: Whether the app is exempt from the phone's battery optimisation, as
                the app reports it.
            white_listed_last_show_time: When the app last asked the user to exempt it from battery
                optimisation, as the app records it.
            white_listed_window_skipped: Whether the user dismissed the app's battery-optimisation
                prompt.
            is_app_push_on: Whether push notifications are enabled for the app on the device.
            app_push_on_last_show_time: When the app last asked the user to turn push notifications
                on, as the app records it.

        Returns:
            KworkUser.

        Kwork method `actor`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _actor.OPERATION,
            (
                make_online,
                uad,
                is_app_white_listed,
                white_listed_last_show_time,
                white_listed_window_skipped,
                is_app_push_on,
                app_push_on_last_show_time,
            ),
            timeout,
            max_retries,
        )

    async def get_security_info(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> SecurityInfo:
        """Get the account's security details.

        What the app's Security screen shows: user name and whether it may be changed, e-mail, phone and
        how codes reach it, profile completeness, and links to the WhatsApp and Telegram channels.

        Returns:
            SecurityInfo.

        Kwork method `getSecurityUserData`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_security_user_data.OPERATION, (), timeout, max_retries)

    async def get_unread_counters(
        self,
        *,
        make_online: bool | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnreadCounters:
        """Get the unread counters shown on the app's badges.

        Unread dialogs, messages and notifications of the signed-in user, as the app shows them on its
        icon and tab badges. A cheaper poll than `actor` when only the counters matter.

        Args:
            make_online: Whether this call marks the user as online.
            uad: Stable identifier of this installation.

        Returns:
            UnreadCounters.

        Kwork method `getBadgesInfo`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_badges_info.OPERATION, (make_online, uad), timeout, max_retries)

    async def get_user(
        self,
        user_id: int,
        *,
        with_hidden: bool | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkUser:
        """Get a user's public profile by id.

        The public profile of any user: ratings, order statistics, badges, skills, kworks, portfolio and
        reviews. Works without a token; signed in, the answer also says whether the caller may write to
        the user and includes the caller's private note about them.

        Args:
            user_id: Id of the user.
            with_hidden: Whether to include field values that are hidden by default.
            make_online: Whether this call marks the user as online.

        Returns:
            KworkUser.

        Kwork method `user`; replay-safe (retried on transient failures).
        """
        return await self._call(_user.OPERATION, (user_id, with_hidden, make_online), timeout, max_retries)

    async def get_user_by_username(
        self,
        username: str,
        *,
        with_hidden: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KworkUser:
        """Get a user's public profile by user name.

        The same profile as `user`, looked up by user name instead of id.

        Args:
            username: User name (login) of the user.
            with_hidden: Whether to include field values that are hidden by default.

        Returns:
            KworkUser.

        Kwork method `userByUsername`; replay-safe (retried on transient failures).
        """
        return await self._call(_user_by_username.OPERATION, (username, with_hidden), timeout, max_retries)

    async def get_user_info(
        self,
        *,
        user_id: int | None = None,
        username: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserInfo:
        """Get a short summary of a user.

        A lighter profile than `user`: identity, reviews, completion rates, badges and skills, without
        kworks, portfolio or review texts. Give `id` or `username`.

        Args:
            user_id: Id of the user.
            username: User name of the user, instead of `id`.

        Returns:
            UserInfo.

        Kwork method `getUserInfo`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_user_info.OPERATION, (user_id, username), timeout, max_retries)

    async def go_offline(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Mark the signed-in user as offline.

        Shows the user as offline to others right away, as the app does when it goes to the background.

        Returns:
            None.

        Kwork method `offline`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_offline.OPERATION, (), timeout, max_retries)

    async def go_online(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Mark the signed-in user as online.

        Seen only in the official app's traffic, with no parameters; it is not in the published
        description of the API. It plausibly marks the user as online (the counterpart of `offline`), as
        the app does when it comes to the foreground. The answer carries `data: null` and nothing else
        of use.

        Returns:
            None.

        Kwork method `user_online`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_user_online.OPERATION, (), timeout, max_retries)

    async def save_note(
        self,
        user_id: int,
        *,
        note: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Write a private note about a user.

        Creates or replaces the signed-in user's private note about another user. Only its author sees
        it, on that user's profile (`note`).

        Args:
            user_id: Id of the user the note is about.
            note: Text of the note.

        Returns:
            None.

        Kwork method `saveUserNote`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_save_user_note.OPERATION, (user_id, note), timeout, max_retries)

    async def search(
        self,
        query: str,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UserSearchResponse:
        """Search users.

        One page of users (sellers) whose name matches a search text.

        Args:
            query: Search text.
            page: Page number, starting at 1.

        Returns:
            UserSearchResponse.

        Kwork method `userSearch`; replay-safe (retried on transient failures).
        """
        return await self._call(_user_search.OPERATION, (query, page), timeout, max_retries)

    def iter_search(
        self,
        query: str,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[KworkSeller]:
        """Iterate over every item of `search`, fetching pages as needed.

        Search users.

        Args:
            query: Search text.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of KworkSeller.

        Kwork method `userSearch`; replay-safe (retried on transient failures).
        """
        return self._iter(_user_search.OPERATION, (query, page), timeout, max_retries)

    async def set_payer_sub_role(
        self,
        payer_sub_role: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Switch the buyer sub-role of the account.

        Switches whom the account buys for, such as the user personally or a company (some kworks are
        not available to the company sub-role). The value is the app's numeric sub-role code.

        Args:
            payer_sub_role: Numeric code of the buyer sub-role to switch to.

        Returns:
            None.

        Kwork method `changePayerSubRole`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_change_payer_sub_role.OPERATION, (payer_sub_role,), timeout, max_retries)

    async def switch_role(
        self,
        type: Literal[0, 1],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Feature:
        """Switch the account between buyer and freelancer.

        Changes the signed-in user's current role and returns the features available in the new role
        (the same answer as `getAvailableFeatures`).

        Args:
            type: New role, `0` buyer or `1` freelancer.

        Returns:
            Feature.

        Kwork method `setUserType`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_set_user_type.OPERATION, (type,), timeout, max_retries)
