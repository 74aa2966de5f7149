"""`client.dialogs`: Conversations, messages and order tracks between users.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from kwork_api._generated.api.dialogs import (
    allow_inbox_request as _allow_inbox_request,
)
from kwork_api._generated.api.dialogs import (
    archive_dialog as _archive_dialog,
)
from kwork_api._generated.api.dialogs import (
    block_dialog as _block_dialog,
)
from kwork_api._generated.api.dialogs import (
    blocked_dialog_list as _blocked_dialog_list,
)
from kwork_api._generated.api.dialogs import (
    blocked_dialogs as _blocked_dialogs,
)
from kwork_api._generated.api.dialogs import (
    dialogs as _dialogs,
)
from kwork_api._generated.api.dialogs import (
    get_dialog as _get_dialog,
)
from kwork_api._generated.api.dialogs import (
    get_inbox_tracks as _get_inbox_tracks,
)
from kwork_api._generated.api.dialogs import (
    get_tracks as _get_tracks,
)
from kwork_api._generated.api.dialogs import (
    get_voice_message_convert_status as _get_voice_message_convert_status,
)
from kwork_api._generated.api.dialogs import (
    get_voice_message_transcription as _get_voice_message_transcription,
)
from kwork_api._generated.api.dialogs import (
    hide_dialog as _hide_dialog,
)
from kwork_api._generated.api.dialogs import (
    hide_voice_message_settings_popup as _hide_voice_message_settings_popup,
)
from kwork_api._generated.api.dialogs import (
    inbox_complain_message as _inbox_complain_message,
)
from kwork_api._generated.api.dialogs import (
    inbox_create as _inbox_create,
)
from kwork_api._generated.api.dialogs import (
    inbox_custom_request_decline as _inbox_custom_request_decline,
)
from kwork_api._generated.api.dialogs import (
    inbox_delete as _inbox_delete,
)
from kwork_api._generated.api.dialogs import (
    inbox_edit as _inbox_edit,
)
from kwork_api._generated.api.dialogs import (
    inbox_forward as _inbox_forward,
)
from kwork_api._generated.api.dialogs import (
    inbox_message as _inbox_message,
)
from kwork_api._generated.api.dialogs import (
    inbox_payer_decline as _inbox_payer_decline,
)
from kwork_api._generated.api.dialogs import (
    inbox_read as _inbox_read,
)
from kwork_api._generated.api.dialogs import (
    inbox_track_message as _inbox_track_message,
)
from kwork_api._generated.api.dialogs import (
    inbox_worker_decline as _inbox_worker_decline,
)
from kwork_api._generated.api.dialogs import (
    inboxes as _inboxes,
)
from kwork_api._generated.api.dialogs import (
    is_dialog_allow as _is_dialog_allow,
)
from kwork_api._generated.api.dialogs import (
    mark_inbox_tracks_as_read as _mark_inbox_tracks_as_read,
)
from kwork_api._generated.api.dialogs import (
    mark_voice_message_heard as _mark_voice_message_heard,
)
from kwork_api._generated.api.dialogs import (
    search_dialogs as _search_dialogs,
)
from kwork_api._generated.api.dialogs import (
    search_inboxes as _search_inboxes,
)
from kwork_api._generated.api.dialogs import (
    search_messages as _search_messages,
)
from kwork_api._generated.api.dialogs import (
    search_order_tracks as _search_order_tracks,
)
from kwork_api._generated.api.dialogs import (
    search_tracks as _search_tracks,
)
from kwork_api._generated.api.dialogs import (
    send_user_status as _send_user_status,
)
from kwork_api._generated.api.dialogs import (
    set_dialog_starred as _set_dialog_starred,
)
from kwork_api._generated.api.dialogs import (
    set_voice_message_receiving as _set_voice_message_receiving,
)
from kwork_api._generated.api.dialogs import (
    set_voice_message_speed as _set_voice_message_speed,
)
from kwork_api._generated.api.dialogs import (
    track_delete as _track_delete,
)
from kwork_api._generated.api.dialogs import (
    track_edit as _track_edit,
)
from kwork_api._generated.api.dialogs import (
    track_message as _track_message,
)
from kwork_api._generated.api.dialogs import (
    track_read as _track_read,
)
from kwork_api._generated.api.dialogs import (
    typing as _typing,
)
from kwork_api._generated.api.dialogs import (
    unarchive_dialog as _unarchive_dialog,
)
from kwork_api._generated.api.dialogs import (
    unblock_dialog as _unblock_dialog,
)
from kwork_api._generated.api.dialogs import (
    unread_dialog as _unread_dialog,
)
from kwork_api._generated.api.dialogs import (
    update_chat_draft_message as _update_chat_draft_message,
)
from kwork_api._generated.api.dialogs import (
    voice_upload as _voice_upload,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, FileInput, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.blocked_dialogs_response import BlockedDialogsResponse
    from kwork_api._generated.models.blocked_users import BlockedUsers
    from kwork_api._generated.models.dialog import Dialog
    from kwork_api._generated.models.dialog_action_result import DialogActionResult
    from kwork_api._generated.models.dialog_entry import DialogEntry
    from kwork_api._generated.models.dialog_history_response import DialogHistoryResponse
    from kwork_api._generated.models.dialog_permission import DialogPermission
    from kwork_api._generated.models.dialogs_response import DialogsResponse
    from kwork_api._generated.models.forwarded_message import ForwardedMessage
    from kwork_api._generated.models.hide_dialog_result import HideDialogResult
    from kwork_api._generated.models.inbox_message import InboxMessage
    from kwork_api._generated.models.messages_response import MessagesResponse
    from kwork_api._generated.models.order_tracks import OrderTracks
    from kwork_api._generated.models.search_dialogs_response import SearchDialogsResponse
    from kwork_api._generated.models.search_hit import SearchHit
    from kwork_api._generated.models.search_hits_response import SearchHitsResponse
    from kwork_api._generated.models.sent_message import SentMessage
    from kwork_api._generated.models.track import Track
    from kwork_api._generated.models.uploaded_voice import UploadedVoice
    from kwork_api._generated.models.voice_speed import VoiceSpeed

__all__ = ["AsyncDialogsResource", "DialogsResource"]


class DialogsResource(SyncResource):
    """Conversations, messages and order tracks between users."""

    __slots__ = ()

    def answer_request(
        self,
        inbox_id: int,
        is_accept: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Accept or refuse a request to start a dialog.

        Allows or refuses the correspondence that the given message asks to start (a first message from
        a user who may not write freely yet).

        Args:
            inbox_id: Id of the message that asks to start the dialog.
            is_accept: True to allow the dialog, false to refuse it.

        Returns:
            None.

        Kwork method `allowInboxRequest`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_allow_inbox_request.OPERATION, (inbox_id, is_accept), timeout, max_retries)

    def archive(
        self,
        archive_user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Move a dialog to the archive.

        Archives the dialog with a user: it moves out of the main list until `unarchive`.

        Args:
            archive_user_id: User id of the interlocutor.

        Returns:
            None.

        Kwork method `archiveDialog`; changes state (never resent once it may have reached the server).
        """
        return self._call(_archive_dialog.OPERATION, (archive_user_id,), timeout, max_retries)

    def block(
        self,
        block_user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogActionResult:
        """Block a user in dialogs.

        Blocks the dialog with a user; messaging stops until `unblock`.

        Args:
            block_user_id: User id to block.

        Returns:
            DialogActionResult.

        Kwork method `blockDialog`; changes state (never resent once it may have reached the server).
        """
        return self._call(_block_dialog.OPERATION, (block_user_id,), timeout, max_retries)

    def decline_custom_request(
        self,
        message_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel a request for an individual kwork.

        Cancels the request for an individual kwork made in the given message.

        Args:
            message_id: Id of the message that holds the request.

        Returns:
            None.

        Kwork method `inboxCustomRequestDecline`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(_inbox_custom_request_decline.OPERATION, (message_id,), timeout, max_retries)

    def decline_offer(
        self,
        message_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Decline a kwork offered in a dialog (as the buyer).

        The buyer turns down the individual kwork that the seller offered in the given message.

        Args:
            message_id: Id of the message that holds the offer.

        Returns:
            None.

        Kwork method `inboxPayerDecline`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_inbox_payer_decline.OPERATION, (message_id,), timeout, max_retries)

    def delete_message(
        self,
        message_id: int,
        *,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a sent message.

        Deletes one of the user's own messages from the dialog.

        Args:
            message_id: Id of the message to delete.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            None.

        Kwork method `inboxDelete`; changes state (never resent once it may have reached the server).
        """
        return self._call(_inbox_delete.OPERATION, (message_id, with_tracks), timeout, max_retries)

    def delete_track(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a text track in an order.

        Deletes one of the user's own text tracks.

        Args:
            track_id: Id of the track to delete.

        Returns:
            None.

        Kwork method `trackDelete`; changes state (never resent once it may have reached the server).
        """
        return self._call(_track_delete.OPERATION, (track_id,), timeout, max_retries)

    def dismiss_voice_settings_popup(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Record that the voice message settings prompt was shown.

        Tells the server the user has seen the voice message settings prompt, so it is not shown again.

        Returns:
            None.

        Kwork method `hideVoiceMessageSettingsPopup`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_hide_voice_message_settings_popup.OPERATION, (), timeout, max_retries)

    def edit_message(
        self,
        message_id: int,
        *,
        uploaded_files: Sequence[int] | None = None,
        reply_message_id: int | None = None,
        text: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Edit a sent message.

        Replaces the text, attachments or quote of one of the user's own messages.

        Args:
            message_id: Id of the message to edit.
            uploaded_files: Ids of the files the message should carry after the edit.
            reply_message_id: Id of the message to quote.
            text: New message text.

        Returns:
            None.

        Kwork method `inboxEdit`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _inbox_edit.OPERATION, (message_id, uploaded_files, reply_message_id, text), timeout, max_retries
        )

    def edit_track(
        self,
        track_id: int,
        *,
        uploaded_files: Sequence[int] | None = None,
        quote_id: int | None = None,
        text: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Edit a text track in an order.

        Replaces the text, attachments or quote of one of the user's own text tracks. Careful: the track
        keeps only the files listed in `uploadedFiles[]`; leaving it out removes them all.

        Args:
            track_id: Id of the track to edit.
            uploaded_files: Ids of every file the track should keep or gain; files not listed are
                removed.
            quote_id: Id of the track to quote.
            text: New track text.

        Returns:
            None.

        Kwork method `trackEdit`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _track_edit.OPERATION, (track_id, uploaded_files, quote_id, text), timeout, max_retries
        )

    def forward_messages(
        self,
        user_id: int,
        message_ids: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[ForwardedMessage]:
        """Forward messages to another user.

        Copies the given messages, with their files, into the dialog with `userId`.

        Args:
            user_id: User id of the person to forward to.
            message_ids: Ids of the messages to forward.

        Returns:
            list[ForwardedMessage].

        Kwork method `inboxForward`; changes state (never resent once it may have reached the server).
        """
        return self._call(_inbox_forward.OPERATION, (user_id, message_ids), timeout, max_retries)

    def get_blocked_list(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BlockedDialogsResponse:
        """List blocked dialogs.

        One page of the dialogs the user has blocked. Seen only in the official app's traffic, always
        with an empty list so far: the items are assumed to be dialogs, like those of `get_list`.
        `get_blocked_user_ids` gives just the blocked users' ids, in one call.

        Args:
            page: Page number, starting at 1.

        Returns:
            BlockedDialogsResponse.

        Kwork method `blockedDialogs`; replay-safe (retried on transient failures).
        """
        return self._call(_blocked_dialogs.OPERATION, (page,), timeout, max_retries)

    def iter_blocked_list(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Dialog]:
        """Iterate over every item of `get_blocked_list`, fetching pages as needed.

        List blocked dialogs.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Dialog.

        Kwork method `blockedDialogs`; replay-safe (retried on transient failures).
        """
        return self._iter(_blocked_dialogs.OPERATION, (page,), timeout, max_retries)

    def get_blocked_user_ids(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> BlockedUsers:
        """Get the ids of blocked users.

        Ids of every user the signed-in user has blocked in dialogs, unpaged.

        Returns:
            BlockedUsers.

        Kwork method `blockedDialogList`; replay-safe (retried on transient failures).
        """
        return self._call(_blocked_dialog_list.OPERATION, (), timeout, max_retries)

    def get_dialog(
        self,
        user_id: int,
        *,
        with_tracks: bool | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dialog:
        """Get the dialog with one user.

        The conversation with the given interlocutor, in the same shape as the items of `get_list`.

        Args:
            user_id: User id of the interlocutor.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.
            make_online: Whether this call marks the user as online.

        Returns:
            Dialog.

        Kwork method `getDialog`; replay-safe (retried on transient failures).
        """
        return self._call(_get_dialog.OPERATION, (user_id, with_tracks, make_online), timeout, max_retries)

    def get_entry(
        self,
        conversation_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[DialogEntry]:
        """Get one dialog entry (message or track) by id.

        A single entry of the dialog feed, by its `conversation_id`. The server wraps it in a list.

        Args:
            conversation_id: Entry id (`conversation_id`), shared by messages and tracks.

        Returns:
            list[DialogEntry].

        Kwork method `inboxTrackMessage`; replay-safe (retried on transient failures).
        """
        return self._call(_inbox_track_message.OPERATION, (conversation_id,), timeout, max_retries)

    def get_history(
        self,
        *,
        user_id: int | None = None,
        username: str | None = None,
        page: int | None = None,
        last_conversation_id: int | None = None,
        direction: Literal["before", "after", "around"] | None = None,
        limit: int | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogHistoryResponse:
        """List a dialog's messages together with order tracks.

        The dialog feed with a user as the app shows it: messages mixed with the events (tracks) of the
        orders between the two users. Page with `page` (without it, the newest page), or read around one
        entry with `lastConversationId`, `direction` and `limit`. The answer also carries the
        interlocutor and the orders between you.

        Args:
            user_id: User id of the interlocutor (the app sends this one).
            username: User name of the interlocutor, instead of `userId`.
            page: Page number, starting at 1 (the oldest entries). Leave out for the newest page.
            last_conversation_id: Entry id (`conversation_id`) to read from, with `direction`.
            direction: Which entries to read relative to `lastConversationId`: older, newer or both
                sides.
            limit: Largest number of entries to return.
            make_online: Whether this call marks the user as online.

        Returns:
            DialogHistoryResponse.

        Kwork method `getInboxTracks`; replay-safe (retried on transient failures).
        """
        return self._call(
            _get_inbox_tracks.OPERATION,
            (user_id, username, page, last_conversation_id, direction, limit, make_online),
            timeout,
            max_retries,
        )

    def iter_history(
        self,
        *,
        user_id: int | None = None,
        username: str | None = None,
        last_conversation_id: int | None = None,
        direction: Literal["before", "after", "around"] | None = None,
        limit: int | None = None,
        make_online: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[DialogEntry]:
        """Iterate over every item of `get_history`, fetching pages as needed.

        List a dialog's messages together with order tracks.

        Args:
            user_id: User id of the interlocutor (the app sends this one).
            username: User name of the interlocutor, instead of `userId`.
            last_conversation_id: Entry id (`conversation_id`) to read from, with `direction`.
            direction: Which entries to read relative to `lastConversationId`: older, newer or both
                sides.
            limit: Largest number of entries to return.
            make_online: Whether this call marks the user as online.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of DialogEntry.

        Kwork method `getInboxTracks`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _get_inbox_tracks.OPERATION,
            (user_id, username, page, last_conversation_id, direction, limit, make_online),
            timeout,
            max_retries,
        )

    def get_list(
        self,
        *,
        page: int | None = None,
        excluded_ids: Sequence[int] | None = None,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogsResponse:
        """List the user's dialogs.

        One page of the signed-in user's conversations, each with the interlocutor, the last message and
        unread counters. `filter_counts` gives the number of unread and archived dialogs.

        Args:
            page: Page number, starting at 1.
            excluded_ids: Interlocutor user ids to leave out, such as dialogs already shown.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            DialogsResponse.

        Kwork method `dialogs`; replay-safe (retried on transient failures).
        """
        return self._call(_dialogs.OPERATION, (page, excluded_ids, with_tracks), timeout, max_retries)

    def iter_list(
        self,
        *,
        excluded_ids: Sequence[int] | None = None,
        with_tracks: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Dialog]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List the user's dialogs.

        Args:
            excluded_ids: Interlocutor user ids to leave out, such as dialogs already shown.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Dialog.

        Kwork method `dialogs`; replay-safe (retried on transient failures).
        """
        return self._iter(_dialogs.OPERATION, (page, excluded_ids, with_tracks), timeout, max_retries)

    def get_message(
        self,
        message_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[InboxMessage]:
        """Get one message by id.

        A single message with the page of the dialog it is on. The server wraps it in a list.

        Args:
            message_id: Message id.

        Returns:
            list[InboxMessage].

        Kwork method `inboxMessage`; replay-safe (retried on transient failures).
        """
        return self._call(_inbox_message.OPERATION, (message_id,), timeout, max_retries)

    def get_messages(
        self,
        username: str,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagesResponse:
        """List the messages of a dialog.

        One page of the messages exchanged with `username`. Pages count from the start of the dialog;
        without `page` the server answers the newest (last) page.

        Args:
            username: User name (login) of the interlocutor.
            page: Page number, starting at 1 (the oldest messages). Leave out for the newest page.

        Returns:
            MessagesResponse.

        Kwork method `inboxes`; replay-safe (retried on transient failures).
        """
        return self._call(_inboxes.OPERATION, (username, page), timeout, max_retries)

    def iter_messages(
        self,
        username: str,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[InboxMessage]:
        """Iterate over every item of `get_messages`, fetching pages as needed.

        List the messages of a dialog.

        Args:
            username: User name (login) of the interlocutor.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of InboxMessage.

        Kwork method `inboxes`; replay-safe (retried on transient failures).
        """
        return self._iter(_inboxes.OPERATION, (username, page), timeout, max_retries)

    def get_order_tracks(
        self,
        order_id: int,
        *,
        track_id: int | None = None,
        direction: Literal["before", "after", "around"] | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTracks:
        """List the tracks of an order.

        The events and messages (tracks) of an order, with the review block once there is one. Read
        around one track with `trackId`, `direction` and `limit`.

        Args:
            order_id: Order id.
            track_id: Track id to read from, with `direction`.
            direction: Which tracks to read relative to `trackId`: older, newer or both sides.
            limit: Largest number of tracks to return.

        Returns:
            OrderTracks.

        Kwork method `getTracks`; replay-safe (retried on transient failures).
        """
        return self._call(_get_tracks.OPERATION, (order_id, track_id, direction, limit), timeout, max_retries)

    def get_permission(
        self,
        receiver_id: int,
        *,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogPermission:
        """Check whether the user may write to someone.

        Tells whether the signed-in user may start or continue a dialog with `receiverId`, and if not,
        why (`privateMessageStatus`, to compare with the codes in `privateMessageStatuses`), along with
        the receiver's online state and local time.

        Args:
            receiver_id: User id of the person to write to.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            DialogPermission.

        Kwork method `isDialogAllow`; replay-safe (retried on transient failures).
        """
        return self._call(_is_dialog_allow.OPERATION, (receiver_id, with_tracks), timeout, max_retries)

    def get_track(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Track]:
        """Get one track by id.

        A single order track. The server wraps it in a list.

        Args:
            track_id: Track id.

        Returns:
            list[Track].

        Kwork method `trackMessage`; replay-safe (retried on transient failures).
        """
        return self._call(_track_message.OPERATION, (track_id,), timeout, max_retries)

    def get_voice_convert_status(
        self,
        file_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Get the conversion status of a voice message.

        Tells whether the server has finished converting an uploaded voice recording. The same state
        shows as `convert_status` (`processing`, `error`, `done`) on the message's file.

        Args:
            file_id: File id of the voice recording.

        Returns:
            Any.

        Kwork method `getVoiceMessageConvertStatus`; replay-safe (retried on transient failures).
        """
        return self._call(_get_voice_message_convert_status.OPERATION, (file_id,), timeout, max_retries)

    def get_voice_transcription(
        self,
        conversation_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Get the text transcription of a voice message.

        Asks for the speech-to-text transcription of a voice message; `transcription_status` on the
        message tells its progress.

        Args:
            conversation_id: Entry id (`conversation_id`) of the voice message.

        Returns:
            Any.

        Kwork method `getVoiceMessageTranscription`; replay-safe (retried on transient failures).
        """
        return self._call(
            _get_voice_message_transcription.OPERATION, (conversation_id,), timeout, max_retries
        )

    def hide(
        self,
        user_id: int,
        is_restore: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> HideDialogResult:
        """Hide a dialog, or bring a hidden one back.

        Hides (deletes from the list) the dialog with a user, or restores it with `isRestore`. A hidden
        dialog can be restored only for a while: `unhide_available_secs` in the answer.

        Args:
            user_id: User id of the interlocutor.
            is_restore: False to hide the dialog, true to restore a hidden one.

        Returns:
            HideDialogResult.

        Kwork method `hideDialog`; changes state (never resent once it may have reached the server).
        """
        return self._call(_hide_dialog.OPERATION, (user_id, is_restore), timeout, max_retries)

    def mark_entries_read(
        self,
        user_id: int,
        conversation_ids: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark dialog entries (messages and tracks) as read.

        Marks entries of the dialog feed with a user as read, by their `conversation_id`.

        Args:
            user_id: User id of the interlocutor.
            conversation_ids: Entry ids (`conversation_id`) to mark as read.

        Returns:
            None.

        Kwork method `markInboxTracksAsRead`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _mark_inbox_tracks_as_read.OPERATION, (user_id, conversation_ids), timeout, max_retries
        )

    def mark_read(
        self,
        user_id: int,
        *,
        messages: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark messages or a whole dialog as read.

        Marks the given messages of the dialog with `user_id` as read; without `messages`, the whole
        dialog.

        Args:
            user_id: User id of the interlocutor.
            messages: Message ids to mark; leave out to mark the whole dialog.

        Returns:
            None.

        Kwork method `inboxRead`; changes state (never resent once it may have reached the server).
        """
        return self._call(_inbox_read.OPERATION, (user_id, messages), timeout, max_retries)

    def mark_tracks_read(
        self,
        ids: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark order tracks as read.

        Marks the given order tracks as read.

        Args:
            ids: Ids of the tracks to mark.

        Returns:
            None.

        Kwork method `trackRead`; changes state (never resent once it may have reached the server).
        """
        return self._call(_track_read.OPERATION, (ids,), timeout, max_retries)

    def mark_unread(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark a dialog as unread.

        Flags the dialog with a user as unread again, as a reminder.

        Args:
            user_id: User id of the interlocutor.

        Returns:
            None.

        Kwork method `unreadDialog`; changes state (never resent once it may have reached the server).
        """
        return self._call(_unread_dialog.OPERATION, (user_id,), timeout, max_retries)

    def mark_voice_heard(
        self,
        conversation_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark a voice message as listened to.

        Sets the voice message's `is_heard` flag, which the sender sees.

        Args:
            conversation_id: Entry id (`conversation_id`) of the voice message.

        Returns:
            None.

        Kwork method `markVoiceMessageHeard`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_mark_voice_message_heard.OPERATION, (conversation_id,), timeout, max_retries)

    def report_message(
        self,
        message_id: int,
        *,
        complain_category_id: int | None = None,
        comment: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Report a message to moderators.

        Files a complaint about a message received from another user, with a reason and a comment.

        Args:
            message_id: Id of the message to report.
            complain_category_id: Id of the complaint reason, from the list of complaint categories.
            comment: Free-text explanation of the complaint.

        Returns:
            None.

        Kwork method `inboxComplainMessage`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _inbox_complain_message.OPERATION,
            (message_id, complain_category_id, comment),
            timeout,
            max_retries,
        )

    def save_draft(
        self,
        user_id: int,
        *,
        message: str | None = None,
        files: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Save the unsent draft of a dialog.

        Stores the draft text and attachments of the dialog with a user on the server; the dialog shows
        it as `draft_details`.

        Args:
            user_id: User id of the interlocutor.
            message: Draft text; empty clears it.
            files: Ids of files uploaded beforehand with `client.files.upload`, to attach.

        Returns:
            None.

        Kwork method `updateChatDraftMessage`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _update_chat_draft_message.OPERATION, (user_id, message, files), timeout, max_retries
        )

    def search(
        self,
        query: str,
        *,
        page: int | None = None,
        excluded_ids: Sequence[int] | None = None,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchDialogsResponse:
        """Search dialogs by interlocutor or text.

        One page of the user's dialogs that match a query of at least two characters.

        Args:
            query: Text to look for, at least two characters.
            page: Page number, starting at 1.
            excluded_ids: Interlocutor user ids to leave out of the results.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            SearchDialogsResponse.

        Kwork method `searchDialogs`; replay-safe (retried on transient failures).
        """
        return self._call(
            _search_dialogs.OPERATION, (query, page, excluded_ids, with_tracks), timeout, max_retries
        )

    def iter_search(
        self,
        query: str,
        *,
        excluded_ids: Sequence[int] | None = None,
        with_tracks: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Dialog]:
        """Iterate over every item of `search`, fetching pages as needed.

        Search dialogs by interlocutor or text.

        Args:
            query: Text to look for, at least two characters.
            excluded_ids: Interlocutor user ids to leave out of the results.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Dialog.

        Kwork method `searchDialogs`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _search_dialogs.OPERATION, (query, page, excluded_ids, with_tracks), timeout, max_retries
        )

    def search_messages(
        self,
        query: str,
        *,
        user_id: int | None = None,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagesResponse:
        """Search messages across dialogs.

        One page of messages that contain the query, in all dialogs or in the one with `userId`.

        Args:
            query: Text to look for.
            user_id: User id of an interlocutor, to search only that dialog.
            page: Page number, starting at 1.

        Returns:
            MessagesResponse.

        Kwork method `searchInboxes`; replay-safe (retried on transient failures).
        """
        return self._call(_search_inboxes.OPERATION, (query, user_id, page), timeout, max_retries)

    def iter_search_messages(
        self,
        query: str,
        *,
        user_id: int | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[InboxMessage]:
        """Iterate over every item of `search_messages`, fetching pages as needed.

        Search messages across dialogs.

        Args:
            query: Text to look for.
            user_id: User id of an interlocutor, to search only that dialog.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of InboxMessage.

        Kwork method `searchInboxes`; replay-safe (retried on transient failures).
        """
        return self._iter(_search_inboxes.OPERATION, (query, user_id, page), timeout, max_retries)

    def search_order_track_ids(
        self,
        order_id: int,
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[int]:
        """Get the ids of an order's tracks that contain a text.

        Ids of the text tracks of an order that match, unpaged.

        Args:
            order_id: Order id.
            text: Text to look for.

        Returns:
            list[int].

        Kwork method `searchTracks`; replay-safe (retried on transient failures).
        """
        return self._call(_search_tracks.OPERATION, (order_id, text), timeout, max_retries)

    def search_order_tracks(
        self,
        order_id: int,
        text: str,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchHitsResponse:
        """Find where a text occurs in an order's tracks.

        One page of hits for a text in the text tracks of an order, with the phrase found.

        Args:
            order_id: Order id.
            text: Text to look for.
            page: Page number, starting at 1; send it, as the server may refuse a request without
                one.

        Returns:
            SearchHitsResponse.

        Kwork method `searchOrderTracks`; replay-safe (retried on transient failures).
        """
        return self._call(_search_order_tracks.OPERATION, (order_id, text, page), timeout, max_retries)

    def iter_search_order_tracks(
        self,
        order_id: int,
        text: str,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[SearchHit]:
        """Iterate over every item of `search_order_tracks`, fetching pages as needed.

        Find where a text occurs in an order's tracks.

        Args:
            order_id: Order id.
            text: Text to look for.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of SearchHit.

        Kwork method `searchOrderTracks`; replay-safe (retried on transient failures).
        """
        return self._iter(_search_order_tracks.OPERATION, (order_id, text, page), timeout, max_retries)

    def search_snippets(
        self,
        text: str,
        user_id: int,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchHitsResponse:
        """Find where a text occurs in a dialog.

        One page of hits for a text in the dialog with `userId`: each gives the message id, its entry id
        and the phrase found, so the app can jump to it.

        Args:
            text: Text to look for.
            user_id: User id of the interlocutor whose dialog to search.
            page: Page number, starting at 1.

        Returns:
            SearchHitsResponse.

        Kwork method `searchMessages`; replay-safe (retried on transient failures).
        """
        return self._call(_search_messages.OPERATION, (text, user_id, page), timeout, max_retries)

    def iter_search_snippets(
        self,
        text: str,
        user_id: int,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[SearchHit]:
        """Iterate over every item of `search_snippets`, fetching pages as needed.

        Find where a text occurs in a dialog.

        Args:
            text: Text to look for.
            user_id: User id of the interlocutor whose dialog to search.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of SearchHit.

        Kwork method `searchMessages`; replay-safe (retried on transient failures).
        """
        return self._iter(_search_messages.OPERATION, (text, user_id, page), timeout, max_retries)

    def send_message(
        self,
        user_id: int,
        text: str,
        *,
        uuid: str | None = None,
        message_key: str | None = None,
        order_id: int | None = None,
        uploaded_files: Sequence[int] | None = None,
        reply_message_id: int | None = None,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SentMessage:
        """Send a message to a user.

        Sends a message in the dialog with `user_id`, optionally with uploaded files, as a reply to
        another message, or inside an order. To retry a send safely when its outcome is unknown, send
        again with the same `uuid` and `message_key`: the server recognises the message and does not
        store it twice. When the user writes too much, the error answer may carry
        `response.expire_time`, the seconds until sending is allowed again.

        Args:
            user_id: User id of the person to write to.
            text: Message text.
            uuid: Client-made UUID of this message; resend the same one when retrying a send.
            message_key: Client-made unique key of this message; resend the same one when retrying,
                so the server drops the duplicate.
            order_id: Order id, when the message belongs to an order between the two users.
            uploaded_files: Ids of files uploaded beforehand with `client.files.upload`, to attach.
            reply_message_id: Id of the message this one quotes (replies to).
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            SentMessage.

        Kwork method `inboxCreate`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _inbox_create.OPERATION,
            (user_id, uuid, message_key, order_id, uploaded_files, reply_message_id, with_tracks, text),
            timeout,
            max_retries,
        )

    def send_typing(
        self,
        recipient_id: int,
        *,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tell the other side that the user is typing.

        Shows the typing indicator to the recipient, in a dialog or, with `orderId`, in an order.

        Args:
            recipient_id: User id of the person who should see the indicator.
            order_id: Order id, when typing in an order rather than in the dialog.

        Returns:
            None.

        Kwork method `typing`; changes state (never resent once it may have reached the server).
        """
        return self._call(_typing.OPERATION, (recipient_id, order_id), timeout, max_retries)

    def send_user_status(
        self,
        user_id: int,
        status: Literal["typing", "audio"],
        *,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tell a user that you are typing or recording a voice message.

        Sends a short-lived activity status to the other side of a conversation: to the dialog with
        `user_id`, or to the order's page when `order_id` is given.

        Args:
            user_id: Id of the user who should see the status.
            status: `typing` (writing a message) or `audio` (recording a voice message).
            order_id: Id of the order whose page should show the status; omit it for the dialog.

        Returns:
            None.

        Kwork method `sendUserStatus`; changes state (never resent once it may have reached the server).
        """
        return self._call(_send_user_status.OPERATION, (user_id, status, order_id), timeout, max_retries)

    def set_starred(
        self,
        user_id: int,
        is_starred: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogActionResult:
        """Star or unstar a dialog.

        Marks the dialog with a user as a favourite (starred), or removes the mark.

        Args:
            user_id: User id of the interlocutor.
            is_starred: True to star the dialog, false to unstar it.

        Returns:
            DialogActionResult.

        Kwork method `setDialogStarred`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_set_dialog_starred.OPERATION, (user_id, is_starred), timeout, max_retries)

    def set_voice_receiving(
        self,
        *,
        is_allowed: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Allow or refuse incoming voice messages.

        Sets whether other users may send voice messages to the signed-in user.

        Args:
            is_allowed: True to accept voice messages, false to refuse them.

        Returns:
            None.

        Kwork method `setVoiceMessageReceiving`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(_set_voice_message_receiving.OPERATION, (is_allowed,), timeout, max_retries)

    def set_voice_speed(
        self,
        *,
        speed: float | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceSpeed:
        """Set the playback speed of voice messages.

        Saves the user's preferred playback speed for voice messages.

        Args:
            speed: Playback speed factor, one of the `available_speeds` of the account's voice
                message settings.

        Returns:
            VoiceSpeed.

        Kwork method `setVoiceMessageSpeed`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_set_voice_message_speed.OPERATION, (speed,), timeout, max_retries)

    def unarchive(
        self,
        archive_user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Bring a dialog back from the archive.

        Returns the dialog with a user to the main dialog list.

        Args:
            archive_user_id: User id of the interlocutor.

        Returns:
            None.

        Kwork method `unarchiveDialog`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_unarchive_dialog.OPERATION, (archive_user_id,), timeout, max_retries)

    def unblock(
        self,
        block_user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogActionResult:
        """Unblock a user in dialogs.

        Lifts a block set with `block`, so the dialog works again.

        Args:
            block_user_id: User id to unblock.

        Returns:
            DialogActionResult.

        Kwork method `unblockDialog`; changes state (never resent once it may have reached the server).
        """
        return self._call(_unblock_dialog.OPERATION, (block_user_id,), timeout, max_retries)

    def upload_voice(
        self,
        file: FileInput,
        *,
        voice_peaks: Any | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UploadedVoice:
        """Upload a voice message recording.

        Uploads an audio recording; send it with `send_message` by passing the returned `fileId` in
        `uploaded_files[]`. The server converts the audio afterwards (`get_voice_convert_status`).

        Args:
            file: The audio file.
            voice_peaks: Waveform of the recording for the player: loudness peaks from 0 to 1, sent
                as a JSON list.

        Returns:
            UploadedVoice.

        Kwork method `voiceUpload`; changes state (never resent once it may have reached the server).
        """
        return self._call(_voice_upload.OPERATION, (voice_peaks, file), timeout, max_retries)

    def withdraw_offer(
        self,
        message_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Withdraw a kwork offered in a dialog (as the seller).

        The seller takes back the individual kwork they offered in the given message.

        Args:
            message_id: Id of the message that holds the offer.

        Returns:
            None.

        Kwork method `inboxWorkerDecline`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_inbox_worker_decline.OPERATION, (message_id,), timeout, max_retries)


class AsyncDialogsResource(AsyncResource):
    """Conversations, messages and order tracks between users."""

    __slots__ = ()

    async def answer_request(
        self,
        inbox_id: int,
        is_accept: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Accept or refuse a request to start a dialog.

        Allows or refuses the correspondence that the given message asks to start (a first message from
        a user who may not write freely yet).

        Args:
            inbox_id: Id of the message that asks to start the dialog.
            is_accept: True to allow the dialog, false to refuse it.

        Returns:
            None.

        Kwork method `allowInboxRequest`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_allow_inbox_request.OPERATION, (inbox_id, is_accept), timeout, max_retries)

    async def archive(
        self,
        archive_user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Move a dialog to the archive.

        Archives the dialog with a user: it moves out of the main list until `unarchive`.

        Args:
            archive_user_id: User id of the interlocutor.

        Returns:
            None.

        Kwork method `archiveDialog`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_archive_dialog.OPERATION, (archive_user_id,), timeout, max_retries)

    async def block(
        self,
        block_user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogActionResult:
        """Block a user in dialogs.

        Blocks the dialog with a user; messaging stops until `unblock`.

        Args:
            block_user_id: User id to block.

        Returns:
            DialogActionResult.

        Kwork method `blockDialog`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_block_dialog.OPERATION, (block_user_id,), timeout, max_retries)

    async def decline_custom_request(
        self,
        message_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel a request for an individual kwork.

        Cancels the request for an individual kwork made in the given message.

        Args:
            message_id: Id of the message that holds the request.

        Returns:
            None.

        Kwork method `inboxCustomRequestDecline`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(_inbox_custom_request_decline.OPERATION, (message_id,), timeout, max_retries)

    async def decline_offer(
        self,
        message_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Decline a kwork offered in a dialog (as the buyer).

        The buyer turns down the individual kwork that the seller offered in the given message.

        Args:
            message_id: Id of the message that holds the offer.

        Returns:
            None.

        Kwork method `inboxPayerDecline`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_inbox_payer_decline.OPERATION, (message_id,), timeout, max_retries)

    async def delete_message(
        self,
        message_id: int,
        *,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a sent message.

        Deletes one of the user's own messages from the dialog.

        Args:
            message_id: Id of the message to delete.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            None.

        Kwork method `inboxDelete`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_inbox_delete.OPERATION, (message_id, with_tracks), timeout, max_retries)

    async def delete_track(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a text track in an order.

        Deletes one of the user's own text tracks.

        Args:
            track_id: Id of the track to delete.

        Returns:
            None.

        Kwork method `trackDelete`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_track_delete.OPERATION, (track_id,), timeout, max_retries)

    async def dismiss_voice_settings_popup(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Record that the voice message settings prompt was shown.

        Tells the server the user has seen the voice message settings prompt, so it is not shown again.

        Returns:
            None.

        Kwork method `hideVoiceMessageSettingsPopup`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(_hide_voice_message_settings_popup.OPERATION, (), timeout, max_retries)

    async def edit_message(
        self,
        message_id: int,
        *,
        uploaded_files: Sequence[int] | None = None,
        reply_message_id: int | None = None,
        text: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Edit a sent message.

        Replaces the text, attachments or quote of one of the user's own messages.

        Args:
            message_id: Id of the message to edit.
            uploaded_files: Ids of the files the message should carry after the edit.
            reply_message_id: Id of the message to quote.
            text: New message text.

        Returns:
            None.

        Kwork method `inboxEdit`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _inbox_edit.OPERATION, (message_id, uploaded_files, reply_message_id, text), timeout, max_retries
        )

    async def edit_track(
        self,
        track_id: int,
        *,
        uploaded_files: Sequence[int] | None = None,
        quote_id: int | None = None,
        text: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Edit a text track in an order.

        Replaces the text, attachments or quote of one of the user's own text tracks. Careful: the track
        keeps only the files listed in `uploadedFiles[]`; leaving it out removes them all.

        Args:
            track_id: Id of the track to edit.
            uploaded_files: Ids of every file the track should keep or gain; files not listed are
                removed.
            quote_id: Id of the track to quote.
            text: New track text.

        Returns:
            None.

        Kwork method `trackEdit`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _track_edit.OPERATION, (track_id, uploaded_files, quote_id, text), timeout, max_retries
        )

    async def forward_messages(
        self,
        user_id: int,
        message_ids: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[ForwardedMessage]:
        """Forward messages to another user.

        Copies the given messages, with their files, into the dialog with `userId`.

        Args:
            user_id: User id of the person to forward to.
            message_ids: Ids of the messages to forward.

        Returns:
            list[ForwardedMessage].

        Kwork method `inboxForward`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_inbox_forward.OPERATION, (user_id, message_ids), timeout, max_retries)

    async def get_blocked_list(
        self,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BlockedDialogsResponse:
        """List blocked dialogs.

        One page of the dialogs the user has blocked. Seen only in the official app's traffic, always
        with an empty list so far: the items are assumed to be dialogs, like those of `get_list`.
        `get_blocked_user_ids` gives just the blocked users' ids, in one call.

        Args:
            page: Page number, starting at 1.

        Returns:
            BlockedDialogsResponse.

        Kwork method `blockedDialogs`; replay-safe (retried on transient failures).
        """
        return await self._call(_blocked_dialogs.OPERATION, (page,), timeout, max_retries)

    def iter_blocked_list(
        self,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Dialog]:
        """Iterate over every item of `get_blocked_list`, fetching pages as needed.

        List blocked dialogs.

        Args:
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Dialog.

        Kwork method `blockedDialogs`; replay-safe (retried on transient failures).
        """
        return self._iter(_blocked_dialogs.OPERATION, (page,), timeout, max_retries)

    async def get_blocked_user_ids(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> BlockedUsers:
        """Get the ids of blocked users.

        Ids of every user the signed-in user has blocked in dialogs, unpaged.

        Returns:
            BlockedUsers.

        Kwork method `blockedDialogList`; replay-safe (retried on transient failures).
        """
        return await self._call(_blocked_dialog_list.OPERATION, (), timeout, max_retries)

    async def get_dialog(
        self,
        user_id: int,
        *,
        with_tracks: bool | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dialog:
        """Get the dialog with one user.

        The conversation with the given interlocutor, in the same shape as the items of `get_list`.

        Args:
            user_id: User id of the interlocutor.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.
            make_online: Whether this call marks the user as online.

        Returns:
            Dialog.

        Kwork method `getDialog`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _get_dialog.OPERATION, (user_id, with_tracks, make_online), timeout, max_retries
        )

    async def get_entry(
        self,
        conversation_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[DialogEntry]:
        """Get one dialog entry (message or track) by id.

        A single entry of the dialog feed, by its `conversation_id`. The server wraps it in a list.

        Args:
            conversation_id: Entry id (`conversation_id`), shared by messages and tracks.

        Returns:
            list[DialogEntry].

        Kwork method `inboxTrackMessage`; replay-safe (retried on transient failures).
        """
        return await self._call(_inbox_track_message.OPERATION, (conversation_id,), timeout, max_retries)

    async def get_history(
        self,
        *,
        user_id: int | None = None,
        username: str | None = None,
        page: int | None = None,
        last_conversation_id: int | None = None,
        direction: Literal["before", "after", "around"] | None = None,
        limit: int | None = None,
        make_online: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogHistoryResponse:
        """List a dialog's messages together with order tracks.

        The dialog feed with a user as the app shows it: messages mixed with the events (tracks) of the
        orders between the two users. Page with `page` (without it, the newest page), or read around one
        entry with `lastConversationId`, `direction` and `limit`. The answer also carries the
        interlocutor and the orders between you.

        Args:
            user_id: User id of the interlocutor (the app sends this one).
            username: User name of the interlocutor, instead of `userId`.
            page: Page number, starting at 1 (the oldest entries). Leave out for the newest page.
            last_conversation_id: Entry id (`conversation_id`) to read from, with `direction`.
            direction: Which entries to read relative to `lastConversationId`: older, newer or both
                sides.
            limit: Largest number of entries to return.
            make_online: Whether this call marks the user as online.

        Returns:
            DialogHistoryResponse.

        Kwork method `getInboxTracks`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _get_inbox_tracks.OPERATION,
            (user_id, username, page, last_conversation_id, direction, limit, make_online),
            timeout,
            max_retries,
        )

    def iter_history(
        self,
        *,
        user_id: int | None = None,
        username: str | None = None,
        last_conversation_id: int | None = None,
        direction: Literal["before", "after", "around"] | None = None,
        limit: int | None = None,
        make_online: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[DialogEntry]:
        """Iterate over every item of `get_history`, fetching pages as needed.

        List a dialog's messages together with order tracks.

        Args:
            user_id: User id of the interlocutor (the app sends this one).
            username: User name of the interlocutor, instead of `userId`.
            last_conversation_id: Entry id (`conversation_id`) to read from, with `direction`.
            direction: Which entries to read relative to `lastConversationId`: older, newer or both
                sides.
            limit: Largest number of entries to return.
            make_online: Whether this call marks the user as online.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of DialogEntry.

        Kwork method `getInboxTracks`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _get_inbox_tracks.OPERATION,
            (user_id, username, page, last_conversation_id, direction, limit, make_online),
            timeout,
            max_retries,
        )

    async def get_list(
        self,
        *,
        page: int | None = None,
        excluded_ids: Sequence[int] | None = None,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogsResponse:
        """List the user's dialogs.

        One page of the signed-in user's conversations, each with the interlocutor, the last message and
        unread counters. `filter_counts` gives the number of unread and archived dialogs.

        Args:
            page: Page number, starting at 1.
            excluded_ids: Interlocutor user ids to leave out, such as dialogs already shown.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            DialogsResponse.

        Kwork method `dialogs`; replay-safe (retried on transient failures).
        """
        return await self._call(_dialogs.OPERATION, (page, excluded_ids, with_tracks), timeout, max_retries)

    def iter_list(
        self,
        *,
        excluded_ids: Sequence[int] | None = None,
        with_tracks: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Dialog]:
        """Iterate over every item of `get_list`, fetching pages as needed.

        List the user's dialogs.

        Args:
            excluded_ids: Interlocutor user ids to leave out, such as dialogs already shown.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Dialog.

        Kwork method `dialogs`; replay-safe (retried on transient failures).
        """
        return self._iter(_dialogs.OPERATION, (page, excluded_ids, with_tracks), timeout, max_retries)

    async def get_message(
        self,
        message_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[InboxMessage]:
        """Get one message by id.

        A single message with the page of the dialog it is on. The server wraps it in a list.

        Args:
            message_id: Message id.

        Returns:
            list[InboxMessage].

        Kwork method `inboxMessage`; replay-safe (retried on transient failures).
        """
        return await self._call(_inbox_message.OPERATION, (message_id,), timeout, max_retries)

    async def get_messages(
        self,
        username: str,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagesResponse:
        """List the messages of a dialog.

        One page of the messages exchanged with `username`. Pages count from the start of the dialog;
        without `page` the server answers the newest (last) page.

        Args:
            username: User name (login) of the interlocutor.
            page: Page number, starting at 1 (the oldest messages). Leave out for the newest page.

        Returns:
            MessagesResponse.

        Kwork method `inboxes`; replay-safe (retried on transient failures).
        """
        return await self._call(_inboxes.OPERATION, (username, page), timeout, max_retries)

    def iter_messages(
        self,
        username: str,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[InboxMessage]:
        """Iterate over every item of `get_messages`, fetching pages as needed.

        List the messages of a dialog.

        Args:
            username: User name (login) of the interlocutor.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of InboxMessage.

        Kwork method `inboxes`; replay-safe (retried on transient failures).
        """
        return self._iter(_inboxes.OPERATION, (username, page), timeout, max_retries)

    async def get_order_tracks(
        self,
        order_id: int,
        *,
        track_id: int | None = None,
        direction: Literal["before", "after", "around"] | None = None,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTracks:
        """List the tracks of an order.

        The events and messages (tracks) of an order, with the review block once there is one. Read
        around one track with `trackId`, `direction` and `limit`.

        Args:
            order_id: Order id.
            track_id: Track id to read from, with `direction`.
            direction: Which tracks to read relative to `trackId`: older, newer or both sides.
            limit: Largest number of tracks to return.

        Returns:
            OrderTracks.

        Kwork method `getTracks`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _get_tracks.OPERATION, (order_id, track_id, direction, limit), timeout, max_retries
        )

    async def get_permission(
        self,
        receiver_id: int,
        *,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogPermission:
        """Check whether the user may write to someone.

        Tells whether the signed-in user may start or continue a dialog with `receiverId`, and if not,
        why (`privateMessageStatus`, to compare with the codes in `privateMessageStatuses`), along with
        the receiver's online state and local time.

        Args:
            receiver_id: User id of the person to write to.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            DialogPermission.

        Kwork method `isDialogAllow`; replay-safe (retried on transient failures).
        """
        return await self._call(_is_dialog_allow.OPERATION, (receiver_id, with_tracks), timeout, max_retries)

    async def get_track(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Track]:
        """Get one track by id.

        A single order track. The server wraps it in a list.

        Args:
            track_id: Track id.

        Returns:
            list[Track].

        Kwork method `trackMessage`; replay-safe (retried on transient failures).
        """
        return await self._call(_track_message.OPERATION, (track_id,), timeout, max_retries)

    async def get_voice_convert_status(
        self,
        file_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Get the conversion status of a voice message.

        Tells whether the server has finished converting an uploaded voice recording. The same state
        shows as `convert_status` (`processing`, `error`, `done`) on the message's file.

        Args:
            file_id: File id of the voice recording.

        Returns:
            Any.

        Kwork method `getVoiceMessageConvertStatus`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_voice_message_convert_status.OPERATION, (file_id,), timeout, max_retries)

    async def get_voice_transcription(
        self,
        conversation_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Get the text transcription of a voice message.

        Asks for the speech-to-text transcription of a voice message; `transcription_status` on the
        message tells its progress.

        Args:
            conversation_id: Entry id (`conversation_id`) of the voice message.

        Returns:
            Any.

        Kwork method `getVoiceMessageTranscription`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _get_voice_message_transcription.OPERATION, (conversation_id,), timeout, max_retries
        )

    async def hide(
        self,
        user_id: int,
        is_restore: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> HideDialogResult:
        """Hide a dialog, or bring a hidden one back.

        Hides (deletes from the list) the dialog with a user, or restores it with `isRestore`. A hidden
        dialog can be restored only for a while: `unhide_available_secs` in the answer.

        Args:
            user_id: User id of the interlocutor.
            is_restore: False to hide the dialog, true to restore a hidden one.

        Returns:
            HideDialogResult.

        Kwork method `hideDialog`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_hide_dialog.OPERATION, (user_id, is_restore), timeout, max_retries)

    async def mark_entries_read(
        self,
        user_id: int,
        conversation_ids: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark dialog entries (messages and tracks) as read.

        Marks entries of the dialog feed with a user as read, by their `conversation_id`.

        Args:
            user_id: User id of the interlocutor.
            conversation_ids: Entry ids (`conversation_id`) to mark as read.

        Returns:
            None.

        Kwork method `markInboxTracksAsRead`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _mark_inbox_tracks_as_read.OPERATION, (user_id, conversation_ids), timeout, max_retries
        )

    async def mark_read(
        self,
        user_id: int,
        *,
        messages: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark messages or a whole dialog as read.

        Marks the given messages of the dialog with `user_id` as read; without `messages`, the whole
        dialog.

        Args:
            user_id: User id of the interlocutor.
            messages: Message ids to mark; leave out to mark the whole dialog.

        Returns:
            None.

        Kwork method `inboxRead`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_inbox_read.OPERATION, (user_id, messages), timeout, max_retries)

    async def mark_tracks_read(
        self,
        ids: Sequence[int],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark order tracks as read.

        Marks the given order tracks as read.

        Args:
            ids: Ids of the tracks to mark.

        Returns:
            None.

        Kwork method `trackRead`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_track_read.OPERATION, (ids,), timeout, max_retries)

    async def mark_unread(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark a dialog as unread.

        Flags the dialog with a user as unread again, as a reminder.

        Args:
            user_id: User id of the interlocutor.

        Returns:
            None.

        Kwork method `unreadDialog`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_unread_dialog.OPERATION, (user_id,), timeout, max_retries)

    async def mark_voice_heard(
        self,
        conversation_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Mark a voice message as listened to.

        Sets the voice message's `is_heard` flag, which the sender sees.

        Args:
            conversation_id: Entry id (`conversation_id`) of the voice message.

        Returns:
            None.

        Kwork method `markVoiceMessageHeard`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_mark_voice_message_heard.OPERATION, (conversation_id,), timeout, max_retries)

    async def report_message(
        self,
        message_id: int,
        *,
        complain_category_id: int | None = None,
        comment: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Report a message to moderators.

        Files a complaint about a message received from another user, with a reason and a comment.

        Args:
            message_id: Id of the message to report.
            complain_category_id: Id of the complaint reason, from the list of complaint categories.
            comment: Free-text explanation of the complaint.

        Returns:
            None.

        Kwork method `inboxComplainMessage`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _inbox_complain_message.OPERATION,
            (message_id, complain_category_id, comment),
            timeout,
            max_retries,
        )

    async def save_draft(
        self,
        user_id: int,
        *,
        message: str | None = None,
        files: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Save the unsent draft of a dialog.

        Stores the draft text and attachments of the dialog with a user on the server; the dialog shows
        it as `draft_details`.

        Args:
            user_id: User id of the interlocutor.
            message: Draft text; empty clears it.
            files: Ids of files uploaded beforehand with `client.files.upload`, to attach.

        Returns:
            None.

        Kwork method `updateChatDraftMessage`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _update_chat_draft_message.OPERATION, (user_id, message, files), timeout, max_retries
        )

    async def search(
        self,
        query: str,
        *,
        page: int | None = None,
        excluded_ids: Sequence[int] | None = None,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchDialogsResponse:
        """Search dialogs by interlocutor or text.

        One page of the user's dialogs that match a query of at least two characters.

        Args:
            query: Text to look for, at least two characters.
            page: Page number, starting at 1.
            excluded_ids: Interlocutor user ids to leave out of the results.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            SearchDialogsResponse.

        Kwork method `searchDialogs`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _search_dialogs.OPERATION, (query, page, excluded_ids, with_tracks), timeout, max_retries
        )

    def iter_search(
        self,
        query: str,
        *,
        excluded_ids: Sequence[int] | None = None,
        with_tracks: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Dialog]:
        """Iterate over every item of `search`, fetching pages as needed.

        Search dialogs by interlocutor or text.

        Args:
            query: Text to look for, at least two characters.
            excluded_ids: Interlocutor user ids to leave out of the results.
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Dialog.

        Kwork method `searchDialogs`; replay-safe (retried on transient failures).
        """
        return self._iter(
            _search_dialogs.OPERATION, (query, page, excluded_ids, with_tracks), timeout, max_retries
        )

    async def search_messages(
        self,
        query: str,
        *,
        user_id: int | None = None,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MessagesResponse:
        """Search messages across dialogs.

        One page of messages that contain the query, in all dialogs or in the one with `userId`.

        Args:
            query: Text to look for.
            user_id: User id of an interlocutor, to search only that dialog.
            page: Page number, starting at 1.

        Returns:
            MessagesResponse.

        Kwork method `searchInboxes`; replay-safe (retried on transient failures).
        """
        return await self._call(_search_inboxes.OPERATION, (query, user_id, page), timeout, max_retries)

    def iter_search_messages(
        self,
        query: str,
        *,
        user_id: int | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[InboxMessage]:
        """Iterate over every item of `search_messages`, fetching pages as needed.

        Search messages across dialogs.

        Args:
            query: Text to look for.
            user_id: User id of an interlocutor, to search only that dialog.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of InboxMessage.

        Kwork method `searchInboxes`; replay-safe (retried on transient failures).
        """
        return self._iter(_search_inboxes.OPERATION, (query, user_id, page), timeout, max_retries)

    async def search_order_track_ids(
        self,
        order_id: int,
        text: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[int]:
        """Get the ids of an order's tracks that contain a text.

        Ids of the text tracks of an order that match, unpaged.

        Args:
            order_id: Order id.
            text: Text to look for.

        Returns:
            list[int].

        Kwork method `searchTracks`; replay-safe (retried on transient failures).
        """
        return await self._call(_search_tracks.OPERATION, (order_id, text), timeout, max_retries)

    async def search_order_tracks(
        self,
        order_id: int,
        text: str,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchHitsResponse:
        """Find where a text occurs in an order's tracks.

        One page of hits for a text in the text tracks of an order, with the phrase found.

        Args:
            order_id: Order id.
            text: Text to look for.
            page: Page number, starting at 1; send it, as the server may refuse a request without
                one.

        Returns:
            SearchHitsResponse.

        Kwork method `searchOrderTracks`; replay-safe (retried on transient failures).
        """
        return await self._call(_search_order_tracks.OPERATION, (order_id, text, page), timeout, max_retries)

    def iter_search_order_tracks(
        self,
        order_id: int,
        text: str,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[SearchHit]:
        """Iterate over every item of `search_order_tracks`, fetching pages as needed.

        Find where a text occurs in an order's tracks.

        Args:
            order_id: Order id.
            text: Text to look for.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of SearchHit.

        Kwork method `searchOrderTracks`; replay-safe (retried on transient failures).
        """
        return self._iter(_search_order_tracks.OPERATION, (order_id, text, page), timeout, max_retries)

    async def search_snippets(
        self,
        text: str,
        user_id: int,
        *,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchHitsResponse:
        """Find where a text occurs in a dialog.

        One page of hits for a text in the dialog with `userId`: each gives the message id, its entry id
        and the phrase found, so the app can jump to it.

        Args:
            text: Text to look for.
            user_id: User id of the interlocutor whose dialog to search.
            page: Page number, starting at 1.

        Returns:
            SearchHitsResponse.

        Kwork method `searchMessages`; replay-safe (retried on transient failures).
        """
        return await self._call(_search_messages.OPERATION, (text, user_id, page), timeout, max_retries)

    def iter_search_snippets(
        self,
        text: str,
        user_id: int,
        *,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[SearchHit]:
        """Iterate over every item of `search_snippets`, fetching pages as needed.

        Find where a text occurs in a dialog.

        Args:
            text: Text to look for.
            user_id: User id of the interlocutor whose dialog to search.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of SearchHit.

        Kwork method `searchMessages`; replay-safe (retried on transient failures).
        """
        return self._iter(_search_messages.OPERATION, (text, user_id, page), timeout, max_retries)

    async def send_message(
        self,
        user_id: int,
        text: str,
        *,
        uuid: str | None = None,
        message_key: str | None = None,
        order_id: int | None = None,
        uploaded_files: Sequence[int] | None = None,
        reply_message_id: int | None = None,
        with_tracks: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SentMessage:
        """Send a message to a user.

        Sends a message in the dialog with `user_id`, optionally with uploaded files, as a reply to
        another message, or inside an order. To retry a send safely when its outcome is unknown, send
        again with the same `uuid` and `message_key`: the server recognises the message and does not
        store it twice. When the user writes too much, the error answer may carry
        `response.expire_time`, the seconds until sending is allowed again.

        Args:
            user_id: User id of the person to write to.
            text: Message text.
            uuid: Client-made UUID of this message; resend the same one when retrying a send.
            message_key: Client-made unique key of this message; resend the same one when retrying,
                so the server drops the duplicate.
            order_id: Order id, when the message belongs to an order between the two users.
            uploaded_files: Ids of files uploaded beforehand with `client.files.upload`, to attach.
            reply_message_id: Id of the message this one quotes (replies to).
            with_tracks: Treat order tracks as part of the dialog (last message, unread counters),
                as the app does.

        Returns:
            SentMessage.

        Kwork method `inboxCreate`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _inbox_create.OPERATION,
            (user_id, uuid, message_key, order_id, uploaded_files, reply_message_id, with_tracks, text),
            timeout,
            max_retries,
        )

    async def send_typing(
        self,
        recipient_id: int,
        *,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tell the other side that the user is typing.

        Shows the typing indicator to the recipient, in a dialog or, with `orderId`, in an order.

        Args:
            recipient_id: User id of the person who should see the indicator.
            order_id: Order id, when typing in an order rather than in the dialog.

        Returns:
            None.

        Kwork method `typing`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_typing.OPERATION, (recipient_id, order_id), timeout, max_retries)

    async def send_user_status(
        self,
        user_id: int,
        status: Literal["typing", "audio"],
        *,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tell a user that you are typing or recording a voice message.

        Sends a short-lived activity status to the other side of a conversation: to the dialog with
        `user_id`, or to the order's page when `order_id` is given.

        Args:
            user_id: Id of the user who should see the status.
            status: `typing` (writing a message) or `audio` (recording a voice message).
            order_id: Id of the order whose page should show the status; omit it for the dialog.

        Returns:
            None.

        Kwork method `sendUserStatus`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _send_user_status.OPERATION, (user_id, status, order_id), timeout, max_retries
        )

    async def set_starred(
        self,
        user_id: int,
        is_starred: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogActionResult:
        """Star or unstar a dialog.

        Marks the dialog with a user as a favourite (starred), or removes the mark.

        Args:
            user_id: User id of the interlocutor.
            is_starred: True to star the dialog, false to unstar it.

        Returns:
            DialogActionResult.

        Kwork method `setDialogStarred`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_set_dialog_starred.OPERATION, (user_id, is_starred), timeout, max_retries)

    async def set_voice_receiving(
        self,
        *,
        is_allowed: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Allow or refuse incoming voice messages.

        Sets whether other users may send voice messages to the signed-in user.

        Args:
            is_allowed: True to accept voice messages, false to refuse them.

        Returns:
            None.

        Kwork method `setVoiceMessageReceiving`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(_set_voice_message_receiving.OPERATION, (is_allowed,), timeout, max_retries)

    async def set_voice_speed(
        self,
        *,
        speed: float | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceSpeed:
        """Set the playback speed of voice messages.

        Saves the user's preferred playback speed for voice messages.

        Args:
            speed: Playback speed factor, one of the `available_speeds` of the account's voice
                message settings.

        Returns:
            VoiceSpeed.

        Kwork method `setVoiceMessageSpeed`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_set_voice_message_speed.OPERATION, (speed,), timeout, max_retries)

    async def unarchive(
        self,
        archive_user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Bring a dialog back from the archive.

        Returns the dialog with a user to the main dialog list.

        Args:
            archive_user_id: User id of the interlocutor.

        Returns:
            None.

        Kwork method `unarchiveDialog`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_unarchive_dialog.OPERATION, (archive_user_id,), timeout, max_retries)

    async def unblock(
        self,
        block_user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DialogActionResult:
        """Unblock a user in dialogs.

        Lifts a block set with `block`, so the dialog works again.

        Args:
            block_user_id: User id to unblock.

        Returns:
            DialogActionResult.

        Kwork method `unblockDialog`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_unblock_dialog.OPERATION, (block_user_id,), timeout, max_retries)

    async def upload_voice(
        self,
        file: FileInput,
        *,
        voice_peaks: Any | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UploadedVoice:
        """Upload a voice message recording.

        Uploads an audio recording; send it with `send_message` by passing the returned `fileId` in
        `uploaded_files[]`. The server converts the audio afterwards (`get_voice_convert_status`).

        Args:
            file: The audio file.
            voice_peaks: Waveform of the recording for the player: loudness peaks from 0 to 1, sent
                as a JSON list.

        Returns:
            UploadedVoice.

        Kwork method `voiceUpload`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_voice_upload.OPERATION, (voice_peaks, file), timeout, max_retries)

    async def withdraw_offer(
        self,
        message_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Withdraw a kwork offered in a dialog (as the seller).

        The seller takes back the individual kwork they offered in the given message.

        Args:
            message_id: Id of the message that holds the offer.

        Returns:
            None.

        Kwork method `inboxWorkerDecline`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_inbox_worker_decline.OPERATION, (message_id,), timeout, max_retries)
