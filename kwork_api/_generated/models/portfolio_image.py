"""PortfolioImage: An image of a portfolio item.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("link", "link", "str | None"),
        ("thumbnail", "thumbnail", "str | None"),
        ("position", "position", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "PortfolioImage") -> PortfolioImage:
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
        extra = d.keys() - _KNOWN
        return PortfolioImage(
            f_link,
            f_thumbnail,
            f_position,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
