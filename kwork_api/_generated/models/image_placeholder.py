"""ImagePlaceholder: A tiny, low-quality preview of an image.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("width", "width", "int | None"),
        ("height", "height", "int | None"),
        ("data", "data", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ImagePlaceholder]]


def _from_wire(
    d: Any,
    where: str = "ImagePlaceholder",
    _new: Callable[[type[ImagePlaceholder]], ImagePlaceholder] = object.__new__,
    _s_width: Callable[[ImagePlaceholder, Any], None] = ImagePlaceholder.__dict__["width"].__set__,
    _s_height: Callable[[ImagePlaceholder, Any], None] = ImagePlaceholder.__dict__["height"].__set__,
    _s_data: Callable[[ImagePlaceholder, Any], None] = ImagePlaceholder.__dict__["data"].__set__,
    _s_additional_properties: Callable[[ImagePlaceholder, Any], None] = ImagePlaceholder.__dict__[
        "additional_properties"
    ].__set__,
) -> ImagePlaceholder:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(ImagePlaceholder)
    _s_width(o, f_width)
    _s_height(o, f_height)
    _s_data(o, f_data)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ImagePlaceholder._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
