"""`client.dialogs`: Conversations, messages and order tracks between users.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._generated.api.dialogs import (
    inbox_create as _inbox_create,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.sent_message import SentMessage

__all__ = ["AsyncDialogsResource", "DialogsResource"]


class DialogsResource(SyncResource):
    """Conversations, messages and order tracks between users."""

    __slots__ = ()

    def send_message(
        self,
        user_id: int,
        text: str,
        *,
        message_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SentMessage:
        """Send a message to a user.

        Sends a message in the dialog with `user_id`. Pass the same `message_key` when retrying a send
        whose outcome is unknown, so the server can drop the duplicate.

        Args:
            user_id: Id of the user to write to.
            message_key: Client-made unique key of this message, used to drop a repeated send.
            text: Message text.

        Returns:
            SentMessage.

        Kwork method `inboxCreate`; changes state (never resent once it may have reached the server).
        """
        return self._call(_inbox_create.OPERATION, (user_id, message_key, text), timeout, max_retries)


class AsyncDialogsResource(AsyncResource):
    """Conversations, messages and order tracks between users."""

    __slots__ = ()

    async def send_message(
        self,
        user_id: int,
        text: str,
        *,
        message_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SentMessage:
        """Send a message to a user.

        Sends a message in the dialog with `user_id`. Pass the same `message_key` when retrying a send
        whose outcome is unknown, so the server can drop the duplicate.

        Args:
            user_id: Id of the user to write to.
            message_key: Client-made unique key of this message, used to drop a repeated send.
            text: Message text.

        Returns:
            SentMessage.

        Kwork method `inboxCreate`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_inbox_create.OPERATION, (user_id, message_key, text), timeout, max_retries)
