"""KworkSellerInfo: A seller's short profile, as a kwork page shows it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import badge as _m_badge

if TYPE_CHECKING:
    from .badge import Badge

_KNOWN = frozenset(
    {
        "id",
        "username",
        "description",
        "profilepicture",
        "level",
        "location",
        "rating",
        "rating_count",
        "reviews_count",
        "good_reviews",
        "bad_reviews",
        "order_done_count",
        "answer_time",
        "registration_time",
        "is_online",
        "is_cashless_payment_available",
        "achievments_list",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkSellerInfo(KworkModel):
    """A seller's short profile, as a kwork page shows it.

    Attributes:
        id: User id.
        username: Login name.
        description: Profile text.
        profilepicture: Avatar image URL.
        level: Seller level, as display text.
        location: Location and local time, as display text.
        rating: Average rating, 0 to 5.
        rating_count: Number of ratings.
        reviews_count: Number of reviews.
        good_reviews: Number of positive reviews.
        bad_reviews: Number of negative reviews.
        order_done_count: Number of completed orders.
        answer_time: Usual reply time, as display text.
        registration_time: When the account was created (Unix time).
        is_online: True when the seller is online now.
        is_cashless_payment_available: True when the seller accepts safe-deal (escrow) payment.
        achievments_list: Badges shown on the profile.
    """

    id: int
    username: str | None = None
    description: str | None = None
    profilepicture: str | None = None
    level: str | None = None
    location: str | None = None
    rating: float | None = None
    rating_count: int | None = None
    reviews_count: int | None = None
    good_reviews: int | None = None
    bad_reviews: int | None = None
    order_done_count: int | None = None
    answer_time: str | None = None
    registration_time: int | None = None
    is_online: bool | None = None
    is_cashless_payment_available: bool | None = None
    achievments_list: list[Badge] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("username", "username", "str | None"),
        ("description", "description", "str | None"),
        ("profilepicture", "profilepicture", "str | None"),
        ("level", "level", "str | None"),
        ("location", "location", "str | None"),
        ("rating", "rating", "float | None"),
        ("rating_count", "rating_count", "int | None"),
        ("reviews_count", "reviews_count", "int | None"),
        ("good_reviews", "good_reviews", "int | None"),
        ("bad_reviews", "bad_reviews", "int | None"),
        ("order_done_count", "order_done_count", "int | None"),
        ("answer_time", "answer_time", "str | None"),
        ("registration_time", "registration_time", "int | None"),
        ("is_online", "is_online", "bool | None"),
        ("is_cashless_payment_available", "is_cashless_payment_available", "bool | None"),
        ("achievments_list", "achievments_list", "list[Badge] | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `profilepicture`."""
        return self.profilepicture

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkSellerInfo]]


def _from_wire(
    d: Any,
    where: str = "KworkSellerInfo",
    _new: Callable[[type[KworkSellerInfo]], KworkSellerInfo] = object.__new__,
    _s_id: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["id"].__set__,
    _s_username: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["username"].__set__,
    _s_description: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["description"].__set__,
    _s_profilepicture: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "profilepicture"
    ].__set__,
    _s_level: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["level"].__set__,
    _s_location: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["location"].__set__,
    _s_rating: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["rating"].__set__,
    _s_rating_count: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "rating_count"
    ].__set__,
    _s_reviews_count: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "reviews_count"
    ].__set__,
    _s_good_reviews: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "good_reviews"
    ].__set__,
    _s_bad_reviews: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["bad_reviews"].__set__,
    _s_order_done_count: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "order_done_count"
    ].__set__,
    _s_answer_time: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["answer_time"].__set__,
    _s_registration_time: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "registration_time"
    ].__set__,
    _s_is_online: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__["is_online"].__set__,
    _s_is_cashless_payment_available: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "is_cashless_payment_available"
    ].__set__,
    _s_achievments_list: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "achievments_list"
    ].__set__,
    _s_additional_properties: Callable[[KworkSellerInfo, Any], None] = KworkSellerInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkSellerInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkSellerInfo.id")
        if f_id is None:
            raise _c.missing("KworkSellerInfo.id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "KworkSellerInfo.username")
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "KworkSellerInfo.description")
    f_profilepicture = g("profilepicture")
    if f_profilepicture is not None and f_profilepicture.__class__ is not str:
        f_profilepicture = _c.to_str(f_profilepicture, "KworkSellerInfo.profilepicture")
    f_level = g("level")
    if f_level is not None and f_level.__class__ is not str:
        f_level = _c.to_str(f_level, "KworkSellerInfo.level")
    f_location = g("location")
    if f_location is not None and f_location.__class__ is not str:
        f_location = _c.to_str(f_location, "KworkSellerInfo.location")
    f_rating = g("rating")
    if f_rating is not None and f_rating.__class__ is not float and f_rating.__class__ is not int:
        f_rating = _c.to_float(f_rating, "KworkSellerInfo.rating")
    f_rating_count = g("rating_count")
    if f_rating_count is not None and f_rating_count.__class__ is not int:
        f_rating_count = _c.to_int(f_rating_count, "KworkSellerInfo.rating_count")
    f_reviews_count = g("reviews_count")
    if f_reviews_count is not None and f_reviews_count.__class__ is not int:
        f_reviews_count = _c.to_int(f_reviews_count, "KworkSellerInfo.reviews_count")
    f_good_reviews = g("good_reviews")
    if f_good_reviews is not None and f_good_reviews.__class__ is not int:
        f_good_reviews = _c.to_int(f_good_reviews, "KworkSellerInfo.good_reviews")
    f_bad_reviews = g("bad_reviews")
    if f_bad_reviews is not None and f_bad_reviews.__class__ is not int:
        f_bad_reviews = _c.to_int(f_bad_reviews, "KworkSellerInfo.bad_reviews")
    f_order_done_count = g("order_done_count")
    if f_order_done_count is not None and f_order_done_count.__class__ is not int:
        f_order_done_count = _c.to_int(f_order_done_count, "KworkSellerInfo.order_done_count")
    f_answer_time = g("answer_time")
    if f_answer_time is not None and f_answer_time.__class__ is not str:
        f_answer_time = _c.to_str(f_answer_time, "KworkSellerInfo.answer_time")
    f_registration_time = g("registration_time")
    if f_registration_time is not None and f_registration_time.__class__ is not int:
        f_registration_time = _c.to_int(f_registration_time, "KworkSellerInfo.registration_time")
    f_is_online = g("is_online")
    if f_is_online is not None and f_is_online.__class__ is not bool:
        f_is_online = _c.to_bool(f_is_online, "KworkSellerInfo.is_online")
    f_is_cashless_payment_available = g("is_cashless_payment_available")
    if f_is_cashless_payment_available is not None and f_is_cashless_payment_available.__class__ is not bool:
        f_is_cashless_payment_available = _c.to_bool(
            f_is_cashless_payment_available, "KworkSellerInfo.is_cashless_payment_available"
        )
    f_achievments_list = g("achievments_list")
    if f_achievments_list is not None:
        if f_achievments_list.__class__ is list:
            f_achievments_list = list(map(_m_badge.Badge._from_wire, f_achievments_list))
        else:
            f_achievments_list = _c.to_list(
                f_achievments_list, _m_badge.Badge._from_wire, "KworkSellerInfo.achievments_list"
            )
    o = _new(KworkSellerInfo)
    _s_id(o, f_id)
    _s_username(o, f_username)
    _s_description(o, f_description)
    _s_profilepicture(o, f_profilepicture)
    _s_level(o, f_level)
    _s_location(o, f_location)
    _s_rating(o, f_rating)
    _s_rating_count(o, f_rating_count)
    _s_reviews_count(o, f_reviews_count)
    _s_good_reviews(o, f_good_reviews)
    _s_bad_reviews(o, f_bad_reviews)
    _s_order_done_count(o, f_order_done_count)
    _s_answer_time(o, f_answer_time)
    _s_registration_time(o, f_registration_time)
    _s_is_online(o, f_is_online)
    _s_is_cashless_payment_available(o, f_is_cashless_payment_available)
    _s_achievments_list(o, f_achievments_list)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkSellerInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
