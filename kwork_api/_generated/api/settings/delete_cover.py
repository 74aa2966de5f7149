"""`deleteCover`: Remove the profile cover image.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import cover_image as _m_cover_image

if TYPE_CHECKING:
    from ...models.cover_image import CoverImage

OPERATION: Operation[CoverImage] = Operation(
    method="deleteCover",
    auth="required",
    replay_safe=False,
    params=(),
    result="data",
    parse=_m_cover_image.CoverImage._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CoverImage",
)
