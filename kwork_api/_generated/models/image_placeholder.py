"""ImagePlaceholder: A tiny, low-quality preview of an image.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "width",
        "height",
        "data",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ImagePlaceholder(KworkModel):
    """A tiny, low-quality preview of an image.

    Attributes:
        width: Width, in pixels.
        height: Height, in pixels.
        data: The preview image, Base64-encoded.
    """

    width: int | None = None
    height: int | None = None
    data: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("width", "width", "int | None"),
        ("height", "height", "int | None"),
        ("data", "data", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ImagePlaceholder") -> ImagePlaceholder:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_width = g("width")
        if f_width is not None and f_width.__class__ is not int:
            f_width = _c.to_int(f_width, "ImagePlaceholder.width")
        f_height = g("height")
        if f_height is not None and f_height.__class__ is not int:
            f_height = _c.to_int(f_height, "ImagePlaceholder.height")
        f_data = g("data")
        if f_data is not None and f_data.__class__ is not str:
            f_data = _c.to_str(f_data, "ImagePlaceholder.data")
        extra = d.keys() - _KNOWN
        return ImagePlaceholder(
            f_width,
            f_height,
            f_data,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
