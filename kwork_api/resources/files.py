"""`client.files`: File uploads used by messages, orders and profiles.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._generated.api.files import (
    file_delete as _file_delete,
)
from kwork_api._generated.api.files import (
    file_upload as _file_upload,
)
from kwork_api._generated.api.files import (
    miniature as _miniature,
)
from kwork_api._generated.api.files import (
    upload_log as _upload_log,
)
from kwork_api._generated.api.files import (
    uploaded_file as _uploaded_file,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, FileInput, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.uploaded_file import UploadedFile

__all__ = ["AsyncFilesResource", "FilesResource"]


class FilesResource(SyncResource):
    """File uploads used by messages, orders and profiles."""

    __slots__ = ()

    def delete(
        self,
        file_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an uploaded file.

        Deletes a file the user uploaded, such as an attachment removed before sending.

        Args:
            file_id: Id of the file to delete.

        Returns:
            None.

        Kwork method `fileDelete`; changes state (never resent once it may have reached the server).
        """
        return self._call(_file_delete.OPERATION, (file_id,), timeout, max_retries)

    def download(
        self, path: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> bytes:
        """Download a file attached to a message or order.

        Returns the file's bytes as uploaded (any type). Errors still arrive as JSON envelopes; an
        unknown path is a not-found error.

        Args:
            path: Path of the file as the API gave it (the `path` of a message file or upload).

        Returns:
            bytes.

        Kwork method `uploadedFile`; replay-safe (retried on transient failures).
        """
        return self._call(_uploaded_file.OPERATION, (path,), timeout, max_retries)

    def get_thumbnail(
        self, path: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> bytes:
        """Download the thumbnail of an uploaded file.

        Returns a small JPEG preview of an image attached to a message or order. The SDK returns the raw
        bytes; errors still arrive as JSON envelopes.

        Args:
            path: Path of the file as the API gave it (the `path` of a message file or upload).

        Returns:
            bytes.

        Kwork method `miniature`; replay-safe (retried on transient failures).
        """
        return self._call(_miniature.OPERATION, (path,), timeout, max_retries)

    def upload(
        self,
        file: FileInput,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UploadedFile:
        """Upload a file to attach later.

        Uploads one file and returns its id. Attach it by id: `uploaded_files[]` of `send_message` and
        `edit_message`, `files[]` of `save_draft`, `uploadedFiles[]` of `edit_track`.

        Args:
            file: The file to upload.

        Returns:
            UploadedFile.

        Kwork method `fileUpload`; changes state (never resent once it may have reached the server).
        """
        return self._call(_file_upload.OPERATION, (file,), timeout, max_retries)

    def upload_log(
        self,
        file: FileInput,
        device_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload an app log for support.

        Sends a diagnostic log file of the app to Kwork, tagged with the device it came from.

        Args:
            file: The log file.
            device_id: Identifier of the device the log comes from.

        Returns:
            None.

        Kwork method `uploadLog`; changes state (never resent once it may have reached the server).
        """
        return self._call(_upload_log.OPERATION, (file, device_id), timeout, max_retries)


class AsyncFilesResource(AsyncResource):
    """File uploads used by messages, orders and profiles."""

    __slots__ = ()

    async def delete(
        self,
        file_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an uploaded file.

        Deletes a file the user uploaded, such as an attachment removed before sending.

        Args:
            file_id: Id of the file to delete.

        Returns:
            None.

        Kwork method `fileDelete`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_file_delete.OPERATION, (file_id,), timeout, max_retries)

    async def download(
        self, path: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> bytes:
        """Download a file attached to a message or order.

        Returns the file's bytes as uploaded (any type). Errors still arrive as JSON envelopes; an
        unknown path is a not-found error.

        Args:
            path: Path of the file as the API gave it (the `path` of a message file or upload).

        Returns:
            bytes.

        Kwork method `uploadedFile`; replay-safe (retried on transient failures).
        """
        return await self._call(_uploaded_file.OPERATION, (path,), timeout, max_retries)

    async def get_thumbnail(
        self, path: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> bytes:
        """Download the thumbnail of an uploaded file.

        Returns a small JPEG preview of an image attached to a message or order. The SDK returns the raw
        bytes; errors still arrive as JSON envelopes.

        Args:
            path: Path of the file as the API gave it (the `path` of a message file or upload).

        Returns:
            bytes.

        Kwork method `miniature`; replay-safe (retried on transient failures).
        """
        return await self._call(_miniature.OPERATION, (path,), timeout, max_retries)

    async def upload(
        self,
        file: FileInput,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UploadedFile:
        """Upload a file to attach later.

        Uploads one file and returns its id. Attach it by id: `uploaded_files[]` of `send_message` and
        `edit_message`, `files[]` of `save_draft`, `uploadedFiles[]` of `edit_track`.

        Args:
            file: The file to upload.

        Returns:
            UploadedFile.

        Kwork method `fileUpload`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_file_upload.OPERATION, (file,), timeout, max_retries)

    async def upload_log(
        self,
        file: FileInput,
        device_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload an app log for support.

        Sends a diagnostic log file of the app to Kwork, tagged with the device it came from.

        Args:
            file: The log file.
            device_id: Identifier of the device the log comes from.

        Returns:
            None.

        Kwork method `uploadLog`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_upload_log.OPERATION, (file, device_id), timeout, max_retries)
