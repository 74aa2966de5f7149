"""`fileUpload`: Upload a file to attach later.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import uploaded_file as _m_uploaded_file

if TYPE_CHECKING:
    from ...models.uploaded_file import UploadedFile

OPERATION: Operation[UploadedFile] = Operation(
    method="fileUpload",
    auth="optional",
    replay_safe=False,
    params=(Param("file", "upload_files", "multipart", "file", required=True),),
    result="data",
    parse=_m_uploaded_file.UploadedFile._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="UploadedFile",
)
