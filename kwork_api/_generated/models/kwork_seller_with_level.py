"""KworkSellerWithLevel: The seller of a kwork, with their level.

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
        "id",
        "username",
        "fullname",
        "profilepicture",
        "rating",
        "reviews_count",
        "rating_count",
        "is_online",
        "level_description",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkSellerWithLevel(KworkModel):
    """The seller of a kwork, with their level.

    Attributes:
        id: Seller's user id.
        username: Login name.
        fullname: Display name.
        profilepicture: Avatar image URL.
        rating: Average rating, 0 to 5.
        reviews_count: Number of reviews.
        rating_count: Number of reviews that count towards the rating.
        is_online: True when the seller is online now.
        level_description: Name of the seller's level, as display text.
    """

    id: int | None = None
    username: str | None = None
    fullname: str | None = None
    profilepicture: str | None = None
    rating: float | None = None
    reviews_count: int | None = None
    rating_count: int | None = None
    is_online: bool | None = None
    level_description: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("username", "username", "str | None"),
        ("fullname", "fullname", "str | None"),
        ("profilepicture", "profilepicture", "str | None"),
        ("rating", "rating", "float | None"),
        ("reviews_count", "reviews_count", "int | None"),
        ("rating_count", "rating_count", "int | None"),
        ("is_online", "is_online", "bool | None"),
        ("level_description", "level_description", "str | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `profilepicture`."""
        return self.profilepicture

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkSellerWithLevel]]


def _from_wire(
    d: Any,
    where: str = "KworkSellerWithLevel",
    _new: Callable[[type[KworkSellerWithLevel]], KworkSellerWithLevel] = object.__new__,
    _s_id: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__["id"].__set__,
    _s_username: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__[
        "username"
    ].__set__,
    _s_fullname: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__[
        "fullname"
    ].__set__,
    _s_profilepicture: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__[
        "profilepicture"
    ].__set__,
    _s_rating: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__["rating"].__set__,
    _s_reviews_count: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__[
        "reviews_count"
    ].__set__,
    _s_rating_count: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__[
        "rating_count"
    ].__set__,
    _s_is_online: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__[
        "is_online"
    ].__set__,
    _s_level_description: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__[
        "level_description"
    ].__set__,
    _s_additional_properties: Callable[[KworkSellerWithLevel, Any], None] = KworkSellerWithLevel.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkSellerWithLevel:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkSellerWithLevel.id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "KworkSellerWithLevel.username")
    f_fullname = g("fullname")
    if f_fullname is not None and f_fullname.__class__ is not str:
        f_fullname = _c.to_str(f_fullname, "KworkSellerWithLevel.fullname")
    f_profilepicture = g("profilepicture")
    if f_profilepicture is not None and f_profilepicture.__class__ is not str:
        f_profilepicture = _c.to_str(f_profilepicture, "KworkSellerWithLevel.profilepicture")
    f_rating = g("rating")
    if f_rating is not None and f_rating.__class__ is not float and f_rating.__class__ is not int:
        f_rating = _c.to_float(f_rating, "KworkSellerWithLevel.rating")
    f_reviews_count = g("reviews_count")
    if f_reviews_count is not None and f_reviews_count.__class__ is not int:
        f_reviews_count = _c.to_int(f_reviews_count, "KworkSellerWithLevel.reviews_count")
    f_rating_count = g("rating_count")
    if f_rating_count is not None and f_rating_count.__class__ is not int:
        f_rating_count = _c.to_int(f_rating_count, "KworkSellerWithLevel.rating_count")
    f_is_online = g("is_online")
    if f_is_online is not None and f_is_online.__class__ is not bool:
        f_is_online = _c.to_bool(f_is_online, "KworkSellerWithLevel.is_online")
    f_level_description = g("level_description")
    if f_level_description is not None and f_level_description.__class__ is not str:
        f_level_description = _c.to_str(f_level_description, "KworkSellerWithLevel.level_description")
    o = _new(KworkSellerWithLevel)
    _s_id(o, f_id)
    _s_username(o, f_username)
    _s_fullname(o, f_fullname)
    _s_profilepicture(o, f_profilepicture)
    _s_rating(o, f_rating)
    _s_reviews_count(o, f_reviews_count)
    _s_rating_count(o, f_rating_count)
    _s_is_online(o, f_is_online)
    _s_level_description(o, f_level_description)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkSellerWithLevel._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
