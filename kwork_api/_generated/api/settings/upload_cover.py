"""`uploadCover`: Upload a new profile cover image.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import cover_image as _m_cover_image

if TYPE_CHECKING:
    from ...models.cover_image import CoverImage

OPERATION: Operation[CoverImage] = Operation(
    method="uploadCover",
    auth="required",
    replay_safe=False,
    params=(
        Param("crop_x", "coverSize[x]", "query", "plain", kind="float"),
        Param("crop_y", "coverSize[y]", "query", "plain", kind="float"),
        Param("crop_width", "coverSize[w]", "query", "plain", kind="float"),
        Param("crop_height", "coverSize[h]", "query", "plain", kind="float"),
        Param("cover", "cover", "multipart", "file", required=True),
    ),
    result="data",
    parse=_m_cover_image.CoverImage._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CoverImage",
)
