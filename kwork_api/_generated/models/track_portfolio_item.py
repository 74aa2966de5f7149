"""TrackPortfolioItem: A portfolio item attached to a track entry, as the seller sent it with the work.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import portfolio_file as _m_portfolio_file
from . import portfolio_image as _m_portfolio_image

if TYPE_CHECKING:
    from .portfolio_file import PortfolioFile
    from .portfolio_image import PortfolioImage

_KNOWN = frozenset(
    {
        "id",
        "title",
        "type",
        "photo",
        "video",
        "images",
        "videos",
        "duplicate_from",
        "crop",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackPortfolioItem(KworkModel):
    """A portfolio item attached to a track entry, as the seller sent it with the work.

    Attributes:
        id: Portfolio item id.
        title: Title of the work.
        type: Kind of cover, `photo` or `video`.
        photo: Path of the cover image.
        video: Path or link of the cover video.
        images: Images of the work, in display order.
        videos: Videos of the work.
        duplicate_from: Id of the portfolio item this one was copied from.
        crop: How the cover image is cropped.
    """

    id: int | None = None
    title: str | None = None
    type: str | None = None
    photo: str | None = None
    video: str | None = None
    images: list[PortfolioImage] | None = _attrs.field(default=None, hash=False)
    videos: list[PortfolioFile] | None = _attrs.field(default=None, hash=False)
    duplicate_from: int | None = None
    crop: Any = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("type", "type", "str | None"),
        ("photo", "photo", "str | None"),
        ("video", "video", "str | None"),
        ("images", "images", "list[PortfolioImage] | None"),
        ("videos", "videos", "list[PortfolioFile] | None"),
        ("duplicate_from", "duplicate_from", "int | None"),
        ("crop", "crop", "Any"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackPortfolioItem]]


def _from_wire(
    d: Any,
    where: str = "TrackPortfolioItem",
    _new: Callable[[type[TrackPortfolioItem]], TrackPortfolioItem] = object.__new__,
    _s_id: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__["id"].__set__,
    _s_title: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__["title"].__set__,
    _s_type: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__["type"].__set__,
    _s_photo: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__["photo"].__set__,
    _s_video: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__["video"].__set__,
    _s_images: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__["images"].__set__,
    _s_videos: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__["videos"].__set__,
    _s_duplicate_from: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__[
        "duplicate_from"
    ].__set__,
    _s_crop: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__["crop"].__set__,
    _s_additional_properties: Callable[[TrackPortfolioItem, Any], None] = TrackPortfolioItem.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackPortfolioItem:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "TrackPortfolioItem.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "TrackPortfolioItem.title")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "TrackPortfolioItem.type")
    f_photo = g("photo")
    if f_photo is not None and f_photo.__class__ is not str:
        f_photo = _c.to_str(f_photo, "TrackPortfolioItem.photo")
    f_video = g("video")
    if f_video is not None and f_video.__class__ is not str:
        f_video = _c.to_str(f_video, "TrackPortfolioItem.video")
    f_images = g("images")
    if f_images is not None:
        if f_images.__class__ is list:
            f_images = list(map(_m_portfolio_image.PortfolioImage._from_wire, f_images))
        else:
            f_images = _c.to_list(
                f_images, _m_portfolio_image.PortfolioImage._from_wire, "TrackPortfolioItem.images"
            )
    f_videos = g("videos")
    if f_videos is not None:
        if f_videos.__class__ is list:
            f_videos = list(map(_m_portfolio_file.PortfolioFile._from_wire, f_videos))
        else:
            f_videos = _c.to_list(
                f_videos, _m_portfolio_file.PortfolioFile._from_wire, "TrackPortfolioItem.videos"
            )
    f_duplicate_from = g("duplicate_from")
    if f_duplicate_from is not None and f_duplicate_from.__class__ is not int:
        f_duplicate_from = _c.to_int(f_duplicate_from, "TrackPortfolioItem.duplicate_from")
    f_crop = g("crop")
    o = _new(TrackPortfolioItem)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_type(o, f_type)
    _s_photo(o, f_photo)
    _s_video(o, f_video)
    _s_images(o, f_images)
    _s_videos(o, f_videos)
    _s_duplicate_from(o, f_duplicate_from)
    _s_crop(o, f_crop)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackPortfolioItem._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
