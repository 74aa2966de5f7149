"""PortfolioItem: A portfolio item (one piece of work) shown on a profile, a kwork or a review.

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
        "order_id",
        "category_id",
        "category_name",
        "type",
        "photo",
        "video",
        "views",
        "views_dirty",
        "comments_count",
        "images",
        "videos",
        "audios",
        "pdf",
        "pined_at_timestamp",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PortfolioItem(KworkModel):
    """A portfolio item (one piece of work) shown on a profile, a kwork or a review.

    Attributes:
        id: Portfolio item id.
        title: Title of the work.
        order_id: Id of the order the work was done in, when it came from one.
        category_id: Id of the category of the work.
        category_name: Name of the category of the work.
        type: Kind of cover, `photo` or `video`.
        photo: Relative path of the cover image.
        video: Relative path or link of the cover video.
        views: Unique views.
        views_dirty: All views, repeats included.
        comments_count: Number of comments.
        images: Images of the work, in display order.
        videos: Videos of the work.
        audios: Audio recordings of the work.
        pdf: PDF documents of the work.
        pined_at_timestamp: When the item was pinned to the top (Unix time); null when not
            pinned.
    """

    id: int | None = None
    title: str | None = None
    order_id: int | None = None
    category_id: int | None = None
    category_name: str | None = None
    type: str | None = None
    photo: str | None = None
    video: str | None = None
    views: int | None = None
    views_dirty: int | None = None
    comments_count: int | None = None
    images: list[PortfolioImage] | None = _attrs.field(default=None, hash=False)
    videos: list[PortfolioFile] | None = _attrs.field(default=None, hash=False)
    audios: list[PortfolioFile] | None = _attrs.field(default=None, hash=False)
    pdf: list[PortfolioFile] | None = _attrs.field(default=None, hash=False)
    pined_at_timestamp: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("order_id", "order_id", "int | None"),
        ("category_id", "category_id", "int | None"),
        ("category_name", "category_name", "str | None"),
        ("type", "type", "str | None"),
        ("photo", "photo", "str | None"),
        ("video", "video", "str | None"),
        ("views", "views", "int | None"),
        ("views_dirty", "views_dirty", "int | None"),
        ("comments_count", "comments_count", "int | None"),
        ("images", "images", "list[PortfolioImage] | None"),
        ("videos", "videos", "list[PortfolioFile] | None"),
        ("audios", "audios", "list[PortfolioFile] | None"),
        ("pdf", "pdf", "list[PortfolioFile] | None"),
        ("pined_at_timestamp", "pined_at_timestamp", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PortfolioItem]]


def _from_wire(
    d: Any,
    where: str = "PortfolioItem",
    _new: Callable[[type[PortfolioItem]], PortfolioItem] = object.__new__,
    _s_id: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["id"].__set__,
    _s_title: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["title"].__set__,
    _s_order_id: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["order_id"].__set__,
    _s_category_id: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["category_id"].__set__,
    _s_category_name: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["category_name"].__set__,
    _s_type: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["type"].__set__,
    _s_photo: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["photo"].__set__,
    _s_video: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["video"].__set__,
    _s_views: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["views"].__set__,
    _s_views_dirty: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["views_dirty"].__set__,
    _s_comments_count: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__[
        "comments_count"
    ].__set__,
    _s_images: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["images"].__set__,
    _s_videos: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["videos"].__set__,
    _s_audios: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["audios"].__set__,
    _s_pdf: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__["pdf"].__set__,
    _s_pined_at_timestamp: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__[
        "pined_at_timestamp"
    ].__set__,
    _s_additional_properties: Callable[[PortfolioItem, Any], None] = PortfolioItem.__dict__[
        "additional_properties"
    ].__set__,
) -> PortfolioItem:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "PortfolioItem.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "PortfolioItem.title")
    f_order_id = g("order_id")
    if f_order_id is not None and f_order_id.__class__ is not int:
        f_order_id = _c.to_int(f_order_id, "PortfolioItem.order_id")
    f_category_id = g("category_id")
    if f_category_id is not None and f_category_id.__class__ is not int:
        f_category_id = _c.to_int(f_category_id, "PortfolioItem.category_id")
    f_category_name = g("category_name")
    if f_category_name is not None and f_category_name.__class__ is not str:
        f_category_name = _c.to_str(f_category_name, "PortfolioItem.category_name")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "PortfolioItem.type")
    f_photo = g("photo")
    if f_photo is not None and f_photo.__class__ is not str:
        f_photo = _c.to_str(f_photo, "PortfolioItem.photo")
    f_video = g("video")
    if f_video is not None and f_video.__class__ is not str:
        f_video = _c.to_str(f_video, "PortfolioItem.video")
    f_views = g("views")
    if f_views is not None and f_views.__class__ is not int:
        f_views = _c.to_int(f_views, "PortfolioItem.views")
    f_views_dirty = g("views_dirty")
    if f_views_dirty is not None and f_views_dirty.__class__ is not int:
        f_views_dirty = _c.to_int(f_views_dirty, "PortfolioItem.views_dirty")
    f_comments_count = g("comments_count")
    if f_comments_count is not None and f_comments_count.__class__ is not int:
        f_comments_count = _c.to_int(f_comments_count, "PortfolioItem.comments_count")
    f_images = g("images")
    if f_images is not None:
        if f_images.__class__ is list:
            f_images = list(map(_m_portfolio_image.PortfolioImage._from_wire, f_images))
        else:
            f_images = _c.to_list(
                f_images, _m_portfolio_image.PortfolioImage._from_wire, "PortfolioItem.images"
            )
    f_videos = g("videos")
    if f_videos is not None:
        if f_videos.__class__ is list:
            f_videos = list(map(_m_portfolio_file.PortfolioFile._from_wire, f_videos))
        else:
            f_videos = _c.to_list(
                f_videos, _m_portfolio_file.PortfolioFile._from_wire, "PortfolioItem.videos"
            )
    f_audios = g("audios")
    if f_audios is not None:
        if f_audios.__class__ is list:
            f_audios = list(map(_m_portfolio_file.PortfolioFile._from_wire, f_audios))
        else:
            f_audios = _c.to_list(
                f_audios, _m_portfolio_file.PortfolioFile._from_wire, "PortfolioItem.audios"
            )
    f_pdf = g("pdf")
    if f_pdf is not None:
        if f_pdf.__class__ is list:
            f_pdf = list(map(_m_portfolio_file.PortfolioFile._from_wire, f_pdf))
        else:
            f_pdf = _c.to_list(f_pdf, _m_portfolio_file.PortfolioFile._from_wire, "PortfolioItem.pdf")
    f_pined_at_timestamp = g("pined_at_timestamp")
    if f_pined_at_timestamp is not None and f_pined_at_timestamp.__class__ is not int:
        f_pined_at_timestamp = _c.to_int(f_pined_at_timestamp, "PortfolioItem.pined_at_timestamp")
    o = _new(PortfolioItem)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_order_id(o, f_order_id)
    _s_category_id(o, f_category_id)
    _s_category_name(o, f_category_name)
    _s_type(o, f_type)
    _s_photo(o, f_photo)
    _s_video(o, f_video)
    _s_views(o, f_views)
    _s_views_dirty(o, f_views_dirty)
    _s_comments_count(o, f_comments_count)
    _s_images(o, f_images)
    _s_videos(o, f_videos)
    _s_audios(o, f_audios)
    _s_pdf(o, f_pdf)
    _s_pined_at_timestamp(o, f_pined_at_timestamp)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PortfolioItem._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
