"""KworkSellerInfo: A seller's short profile, as a kwork page shows it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    achievments_list: list[Badge] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkSellerInfo") -> KworkSellerInfo:
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
        if f_rating is not None and f_rating.__class__ is not float:
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
        if (
            f_is_cashless_payment_available is not None
            and f_is_cashless_payment_available.__class__ is not bool
        ):
            f_is_cashless_payment_available = _c.to_bool(
                f_is_cashless_payment_available, "KworkSellerInfo.is_cashless_payment_available"
            )
        f_achievments_list = g("achievments_list")
        if f_achievments_list is not None:
            f_achievments_list = _c.to_list(
                f_achievments_list, _m_badge.Badge._from_wire, "KworkSellerInfo.achievments_list"
            )
        extra = d.keys() - _KNOWN
        return KworkSellerInfo(
            f_id,
            f_username,
            f_description,
            f_profilepicture,
            f_level,
            f_location,
            f_rating,
            f_rating_count,
            f_reviews_count,
            f_good_reviews,
            f_bad_reviews,
            f_order_done_count,
            f_answer_time,
            f_registration_time,
            f_is_online,
            f_is_cashless_payment_available,
            f_achievments_list,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
