"""PortfolioImage: An image of a portfolio item.

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
        "link",
        "thumbnail",
        "position",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PortfolioImage(KworkModel):
    """An image of a portfolio item.

    Attributes:
        link: Image URL.
        thumbnail: Thumbnail URL.
        position: Sort position among the item's images.
    """

    link: str | None = None
    thumbnail: str | None = None
    position: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("link", "link", "str | None"),
        ("thumbnail", "thumbnail", "str | None"),
        ("position", "position", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PortfolioImage]]


def _from_wire(
    d: Any,
    where: str = "PortfolioImage",
    _new: Callable[[type[PortfolioImage]], PortfolioImage] = object.__new__,
    _s_link: Callable[[PortfolioImage, Any], None] = PortfolioImage.__dict__["link"].__set__,
    _s_thumbnail: Callable[[PortfolioImage, Any], None] = PortfolioImage.__dict__["thumbnail"].__set__,
    _s_position: Callable[[PortfolioImage, Any], None] = PortfolioImage.__dict__["position"].__set__,
    _s_additional_properties: Callable[[PortfolioImage, Any], None] = PortfolioImage.__dict__[
        "additional_properties"
    ].__set__,
) -> PortfolioImage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_link = g("link")
    if f_link is not None and f_link.__class__ is not str:
        f_link = _c.to_str(f_link, "PortfolioImage.link")
    f_thumbnail = g("thumbnail")
    if f_thumbnail is not None and f_thumbnail.__class__ is not str:
        f_thumbnail = _c.to_str(f_thumbnail, "PortfolioImage.thumbnail")
    f_position = g("position")
    if f_position is not None and f_position.__class__ is not int:
        f_position = _c.to_int(f_position, "PortfolioImage.position")
    o = _new(PortfolioImage)
    _s_link(o, f_link)
    _s_thumbnail(o, f_thumbnail)
    _s_position(o, f_position)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PortfolioImage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
