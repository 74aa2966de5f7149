"""`client.notifications`: The notification feed, push notifications and the real-time channel.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from kwork_api._generated.api.notifications import (
    fcm_notifications_read as _fcm_notifications_read,
)
from kwork_api._generated.api.notifications import (
    fcm_notifications_received as _fcm_notifications_received,
)
from kwork_api._generated.api.notifications import (
    fcm_token_request_failed as _fcm_token_request_failed,
)
from kwork_api._generated.api.notifications import (
    get_channel as _get_channel,
)
from kwork_api._generated.api.notifications import (
    get_in_app_notification as _get_in_app_notification,
)
from kwork_api._generated.api.notifications import (
    notifications as _notifications,
)
from kwork_api._generated.api.notifications import (
    notifications_fetch as _notifications_fetch,
)
from kwork_api._generated.api.notifications import (
    notifications_received as _notifications_received,
)
from kwork_api._generated.api.notifications import (
    push_in_app_notification_log as _push_in_app_notification_log,
)
from kwork_api._generated.api.notifications import (
    register_cloud_token as _register_cloud_token,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.in_app_notification import InAppNotification
    from kwork_api._generated.models.notifications_response import NotificationsResponse
    from kwork_api._generated.models.push_event import PushEvent
    from kwork_api._generated.models.push_events_response import PushEventsResponse
    from kwork_api._generated.models.realtime_channel import RealtimeChannel

__all__ = ["AsyncNotificationsResource", "NotificationsResource"]


class NotificationsResource(SyncResource):
    """The notification feed, push notifications and the real-time channel."""

    __slots__ = ()

    def get_channel(
        self,
        *,
        uad: str | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RealtimeChannel:
        """Get the user's real-time channel.

        Returns the id of the user's real-time channel. Open `wss://notice.kwork.ru/ws/public/<channel>`
        with it to receive events, such as new messages, as they happen.

        Args:
            uad: Stable identifier of this installation.
            make_online: Whether this call marks the user as online.

        Returns:
            RealtimeChannel.

        Kwork method `getChannel`; replay-safe (retried on transient failures).
        """
        return self._call(_get_channel.OPERATION, (uad, make_online), timeout, max_retries)

    def get_events(
        self,
        *,
        page: int | None = None,
        uad: str | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PushEventsResponse:
        """List unread push events.

        One page of the push events queued for the user and not yet confirmed (new messages,
        notifications, ...). Confirm the ones handled with `mark_events_received`.

        Args:
            page: Page number, starting at 1.
            uad: Stable identifier of this installation.
            make_online: Whether this call marks the user as online.

        Returns:
            PushEventsResponse.

        Kwork method `notificationsFetch`; replay-safe (retried on transient failures).
        """
        return self._call(_notifications_fetch.OPERATION, (page, uad, make_online), timeout, max_retries)

    def iter_events(
        self,
        *,
        uad: str | None = None,
        make_online: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[PushEvent]:
        """Iterate over every item of `get_events`, fetching pages as needed.

        List unread push events.

        Args:
            uad: Stable identifier of this installation.
            make_online: Whether this call marks the user as online.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of PushEvent.

        Kwork method `notificationsFetch`; replay-safe (retried on transient failures).
        """
        return self._iter(_notifications_fetch.OPERATION, (page, uad, make_online), timeout, max_retries)

    def get_in_app(
        self,
        os_type: str,
        os_version: str,
        app_version: str,
        *,
        uad: str | None = None,
        last_notification_type: str | None = None,
        last_notification_id: int | None = None,
        last_notification_action_timestamp: int | None = None,
        last_notification_action_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InAppNotification | None:
        """Get the in-app announcement to show, if any.

        Asks which announcement (such as an update prompt) the app should show now, given the app and
        the last announcement handled. Null when there is none, which is the usual answer.

        Args:
            os_type: Operating system, such as `android` or `ios`.
            os_version: Operating system version.
            app_version: Version of the app asking.
            uad: Stable identifier of this installation.
            last_notification_type: Type of the last announcement shown.
            last_notification_id: Id of the last announcement shown.
            last_notification_action_timestamp: When the user acted on the last announcement (Unix
                time).
            last_notification_action_id: Id of the action the user chose on the last announcement.

        Returns:
            InAppNotification | None.

        Kwork method `getInAppNotification`; replay-safe (retried on transient failures).
        """
        return self._call(
            _get_in_app_notification.OPERATION,
            (
                os_type,
                os_version,
                app_version,
                uad,
                last_notification_type,
                last_notification_id,
                last_notification_action_timestamp,
                last_notification_action_id,
            ),
            timeout,
            max_retries,
        )

    def get_list(
        self,
        *,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NotificationsResponse:
        """List the user's notifications.

        The notification feed, grouped by kind (orders, kworks, other users' actions, ...), each group
        with its notifications. Unpaged. The official app's traffic so far showed answers without data,
        which read as an empty list.

        Args:
            make_online: Whether this call marks the user as online.

        Returns:
            NotificationsResponse.

        Kwork method `notifications`; replay-safe (retried on transient failures).
        """
        return self._call(_notifications.OPERATION, (make_online,), timeout, max_retries)

    def log_in_app_action(
        self,
        notification_id: int,
        action: int,
        *,
        previous_show_date: int | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Record what the user did with an in-app announcement.

        Logs that an announcement from `get_in_app` was shown and which action the user took.

        Args:
            notification_id: Id of the announcement.
            action: Id of the action the user chose (an `InAppNotificationAction` id).
            previous_show_date: When the previous announcement was shown (Unix time).
            uad: Stable identifier of this installation.

        Returns:
            None.

        Kwork method `pushInAppNotificationLog`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(
            _push_in_app_notification_log.OPERATION,
            (notification_id, action, previous_show_date, uad),
            timeout,
            max_retries,
        )

    def mark_events_received(
        self,
        ids: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Confirm push events as received.

        Removes the given push events from the queue that `get_events` reads.

        Args:
            ids: Ids of the push events to confirm.

        Returns:
            None.

        Kwork method `notificationsReceived`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_notifications_received.OPERATION, (ids,), timeout, max_retries)

    def mark_push_read(
        self,
        message_ids: Sequence[str],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark push messages as read.

        Tells the server the user opened the given Firebase push messages.

        Args:
            message_ids: Firebase message ids of the opened pushes.

        Returns:
            None.

        Kwork method `fcmNotificationsRead`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_fcm_notifications_read.OPERATION, (message_ids,), timeout, max_retries)

    def mark_push_received(
        self,
        message_ids: Sequence[str],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Confirm push messages as delivered.

        Tells the server the device received the given Firebase push messages.

        Args:
            message_ids: Firebase message ids of the delivered pushes.

        Returns:
            None.

        Kwork method `fcmNotificationsReceived`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(_fcm_notifications_received.OPERATION, (message_ids,), timeout, max_retries)

    def register_push_token(
        self,
        cloud_token: str,
        *,
        os: Literal["android", "ios"] | None = None,
        os_version: str | None = None,
        device: str | None = None,
        app_version: str | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Register a device for push notifications.

        Registers a Firebase Cloud Messaging token, so Kwork sends push notifications to that device.

        Args:
            cloud_token: Firebase Cloud Messaging registration token of the device.
            os: Operating system of the device.
            os_version: Operating system version.
            device: Device model.
            app_version: Version of the app.
            uad: Stable identifier of this installation.

        Returns:
            None.

        Kwork method `registerCloudToken`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _register_cloud_token.OPERATION,
            (cloud_token, os, os_version, device, app_version, uad),
            timeout,
            max_retries,
        )

    def report_push_token_failure(
        self,
        os: str,
        os_version: str,
        device: str,
        app_version: str,
        uad: str,
        cancel_reason: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Report that a push token could not be obtained.

        Tells the server the device failed to get a Firebase Cloud Messaging token, and why.

        Args:
            os: Operating system of the device.
            os_version: Operating system version.
            device: Device model.
            app_version: Version of the app.
            uad: Stable identifier of this installation.
            cancel_reason: The error that stopped the token request.

        Returns:
            None.

        Kwork method `fcmTokenRequestFailed`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _fcm_token_request_failed.OPERATION,
            (os, os_version, device, app_version, uad, cancel_reason),
            timeout,
            max_retries,
        )


class AsyncNotificationsResource(AsyncResource):
    """The notification feed, push notifications and the real-time channel."""

    __slots__ = ()

    async def get_channel(
        self,
        *,
        uad: str | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RealtimeChannel:
        """Get the user's real-time channel.

        Returns the id of the user's real-time channel. Open `wss://notice.kwork.ru/ws/public/<channel>`
        with it to receive events, such as new messages, as they happen.

        Args:
            uad: Stable identifier of this installation.
            make_online: Whether this call marks the user as online.

        Returns:
            RealtimeChannel.

        Kwork method `getChannel`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_channel.OPERATION, (uad, make_online), timeout, max_retries)

    async def get_events(
        self,
        *,
        page: int | None = None,
        uad: str | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PushEventsResponse:
        """List unread push events.

        One page of the push events queued for the user and not yet confirmed (new messages,
        notifications, ...). Confirm the ones handled with `mark_events_received`.

        Args:
            page: Page number, starting at 1.
            uad: Stable identifier of this installation.
            make_online: Whether this call marks the user as online.

        Returns:
            PushEventsResponse.

        Kwork method `notificationsFetch`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _notifications_fetch.OPERATION, (page, uad, make_online), timeout, max_retries
        )

    def iter_events(
        self,
        *,
        uad: str | None = None,
        make_online: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[PushEvent]:
        """Iterate over every item of `get_events`, fetching pages as needed.

        List unread push events.

        Args:
            uad: Stable identifier of this installation.
            make_online: Whether this call marks the user as online.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of PushEvent.

        Kwork method `notificationsFetch`; replay-safe (retried on transient failures).
        """
        return self._iter(_notifications_fetch.OPERATION, (page, uad, make_online), timeout, max_retries)

    async def get_in_app(
        self,
        os_type: str,
        os_version: str,
        app_version: str,
        *,
        uad: str | None = None,
        last_notification_type: str | None = None,
        last_notification_id: int | None = None,
        last_notification_action_timestamp: int | None = None,
        last_notification_action_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InAppNotification | None:
        """Get the in-app announcement to show, if any.

        Asks which announcement (such as an update prompt) the app should show now, given the app and
        the last announcement handled. Null when there is none, which is the usual answer.

        Args:
            os_type: Operating system, such as `android` or `ios`.
            os_version: Operating system version.
            app_version: Version of the app asking.
            uad: Stable identifier of this installation.
            last_notification_type: Type of the last announcement shown.
            last_notification_id: Id of the last announcement shown.
            last_notification_action_timestamp: When the user acted on the last announcement (Unix
                time).
            last_notification_action_id: Id of the action the user chose on the last announcement.

        Returns:
            InAppNotification | None.

        Kwork method `getInAppNotification`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _get_in_app_notification.OPERATION,
            (
                os_type,
                os_version,
                app_version,
                uad,
                last_notification_type,
                last_notification_id,
                last_notification_action_timestamp,
                last_notification_action_id,
            ),
            timeout,
            max_retries,
        )

    async def get_list(
        self,
        *,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NotificationsResponse:
        """List the user's notifications.

        The notification feed, grouped by kind (orders, kworks, other users' actions, ...), each group
        with its notifications. Unpaged. The official app's traffic so far showed answers without data,
        which read as an empty list.

        Args:
            make_online: Whether this call marks the user as online.

        Returns:
            NotificationsResponse.

        Kwork method `notifications`; replay-safe (retried on transient failures).
        """
        return await self._call(_notifications.OPERATION, (make_online,), timeout, max_retries)

    async def log_in_app_action(
        self,
        notification_id: int,
        action: int,
        *,
        previous_show_date: int | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Record what the user did with an in-app announcement.

        Logs that an announcement from `get_in_app` was shown and which action the user took.

        Args:
            notification_id: Id of the announcement.
            action: Id of the action the user chose (an `InAppNotificationAction` id).
            previous_show_date: When the previous announcement was shown (Unix time).
            uad: Stable identifier of this installation.

        Returns:
            None.

        Kwork method `pushInAppNotificationLog`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(
            _push_in_app_notification_log.OPERATION,
            (notification_id, action, previous_show_date, uad),
            timeout,
            max_retries,
        )

    async def mark_events_received(
        self,
        ids: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Confirm push events as received.

        Removes the given push events from the queue that `get_events` reads.

        Args:
            ids: Ids of the push events to confirm.

        Returns:
            None.

        Kwork method `notificationsReceived`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_notifications_received.OPERATION, (ids,), timeout, max_retries)

    async def mark_push_read(
        self,
        message_ids: Sequence[str],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark push messages as read.

        Tells the server the user opened the given Firebase push messages.

        Args:
            message_ids: Firebase message ids of the opened pushes.

        Returns:
            None.

        Kwork method `fcmNotificationsRead`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_fcm_notifications_read.OPERATION, (message_ids,), timeout, max_retries)

    async def mark_push_received(
        self,
        message_ids: Sequence[str],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Confirm push messages as delivered.

        Tells the server the device received the given Firebase push messages.

        Args:
            message_ids: Firebase message ids of the delivered pushes.

        Returns:
            None.

        Kwork method `fcmNotificationsReceived`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(_fcm_notifications_received.OPERATION, (message_ids,), timeout, max_retries)

    async def register_push_token(
        self,
        cloud_token: str,
        *,
        os: Literal["android", "ios"] | None = None,
        os_version: str | None = None,
        device: str | None = None,
        app_version: str | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Register a device for push notifications.

        Registers a Firebase Cloud Messaging token, so Kwork sends push notifications to that device.

        Args:
            cloud_token: Firebase Cloud Messaging registration token of the device.
            os: Operating system of the device.
            os_version: Operating system version.
            device: Device model.
            app_version: Version of the app.
            uad: Stable identifier of this installation.

        Returns:
            None.

        Kwork method `registerCloudToken`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _register_cloud_token.OPERATION,
            (cloud_token, os, os_version, device, app_version, uad),
            timeout,
            max_retries,
        )

    async def report_push_token_failure(
        self,
        os: str,
        os_version: str,
        device: str,
        app_version: str,
        uad: str,
        cancel_reason: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Report that a push token could not be obtained.

        Tells the server the device failed to get a Firebase Cloud Messaging token, and why.

        Args:
            os: Operating system of the device.
            os_version: Operating system version.
            device: Device model.
            app_version: Version of the app.
            uad: Stable identifier of this installation.
            cancel_reason: The error that stopped the token request.

        Returns:
            None.

        Kwork method `fcmTokenRequestFailed`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _fcm_token_request_failed.OPERATION,
            (os, os_version, device, app_version, uad, cancel_reason),
            timeout,
            max_retries,
        )
