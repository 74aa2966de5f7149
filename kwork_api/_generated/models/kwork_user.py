"""KworkUser: A Kwork user profile as seen by its owner.

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
        "fullname",
        "status",
        "type",
        "verified",
        "profilepicture",
        "rating",
        "good_reviews",
        "bad_reviews",
        "free_amount",
        "currency",
        "unread_messages_count",
        "achievments_list",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkUser(KworkModel):
    """A Kwork user profile as seen by its owner.

    Attributes:
        id: User id.
        username: Login name, unique on the site.
        fullname: Display name.
        status: Account status, such as `active`.
        type: Current role, `payer` (buyer) or `worker` (freelancer).
        verified: True when the identity is verified.
        profilepicture: Avatar image URL.
        rating: Average rating, 0 to 5.
        good_reviews: Number of positive reviews.
        bad_reviews: Number of negative reviews.
        free_amount: Balance available to spend, in `currency`.
        currency: Currency code of the balances, such as `RUB`.
        unread_messages_count: Unread messages across dialogs.
        achievments_list: Badges shown on the profile.
    """

    id: int
    username: str | None = None
    fullname: str | None = None
    status: str | None = None
    type: str | None = None
    verified: bool | None = None
    profilepicture: str | None = None
    rating: float | None = None
    good_reviews: int | None = None
    bad_reviews: int | None = None
    free_amount: float | None = None
    currency: str | None = None
    unread_messages_count: int | None = None
    achievments_list: list[Badge] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("username", "username", "str | None"),
        ("fullname", "fullname", "str | None"),
        ("status", "status", "str | None"),
        ("type", "type", "str | None"),
        ("verified", "verified", "bool | None"),
        ("profilepicture", "profilepicture", "str | None"),
        ("rating", "rating", "float | None"),
        ("good_reviews", "good_reviews", "int | None"),
        ("bad_reviews", "bad_reviews", "int | None"),
        ("free_amount", "free_amount", "float | None"),
        ("currency", "currency", "str | None"),
        ("unread_messages_count", "unread_messages_count", "int | None"),
        ("achievments_list", "achievments_list", "list[Badge] | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `profilepicture`."""
        return self.profilepicture

    @property
    def reviews_count(self) -> int | None:
        """Same as `good_reviews`."""
        return self.good_reviews

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkUser") -> KworkUser:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "KworkUser.id")
            if f_id is None:
                raise _c.missing("KworkUser.id")
        f_username = g("username")
        if f_username is not None and f_username.__class__ is not str:
            f_username = _c.to_str(f_username, "KworkUser.username")
        f_fullname = g("fullname")
        if f_fullname is not None and f_fullname.__class__ is not str:
            f_fullname = _c.to_str(f_fullname, "KworkUser.fullname")
        f_status = g("status")
        if f_status is not None and f_status.__class__ is not str:
            f_status = _c.to_str(f_status, "KworkUser.status")
        f_type = g("type")
        if f_type is not None and f_type.__class__ is not str:
            f_type = _c.to_str(f_type, "KworkUser.type")
        f_verified = g("verified")
        if f_verified is not None and f_verified.__class__ is not bool:
            f_verified = _c.to_bool(f_verified, "KworkUser.verified")
        f_profilepicture = g("profilepicture")
        if f_profilepicture is not None and f_profilepicture.__class__ is not str:
            f_profilepicture = _c.to_str(f_profilepicture, "KworkUser.profilepicture")
        f_rating = g("rating")
        if f_rating is not None and f_rating.__class__ is not float:
            f_rating = _c.to_float(f_rating, "KworkUser.rating")
        f_good_reviews = g("good_reviews")
        if f_good_reviews is not None and f_good_reviews.__class__ is not int:
            f_good_reviews = _c.to_int(f_good_reviews, "KworkUser.good_reviews")
        f_bad_reviews = g("bad_reviews")
        if f_bad_reviews is not None and f_bad_reviews.__class__ is not int:
            f_bad_reviews = _c.to_int(f_bad_reviews, "KworkUser.bad_reviews")
        f_free_amount = g("free_amount")
        if f_free_amount is not None and f_free_amount.__class__ is not float:
            f_free_amount = _c.to_float(f_free_amount, "KworkUser.free_amount")
        f_currency = g("currency")
        if f_currency is not None and f_currency.__class__ is not str:
            f_currency = _c.to_str(f_currency, "KworkUser.currency")
        f_unread_messages_count = g("unread_messages_count")
        if f_unread_messages_count is not None and f_unread_messages_count.__class__ is not int:
            f_unread_messages_count = _c.to_int(f_unread_messages_count, "KworkUser.unread_messages_count")
        f_achievments_list = g("achievments_list")
        if f_achievments_list is not None:
            f_achievments_list = _c.to_list(
                f_achievments_list, _m_badge.Badge._from_wire, "KworkUser.achievments_list"
            )
        extra = d.keys() - _KNOWN
        return KworkUser(
            f_id,
            f_username,
            f_fullname,
            f_status,
            f_type,
            f_verified,
            f_profilepicture,
            f_rating,
            f_good_reviews,
            f_bad_reviews,
            f_free_amount,
            f_currency,
            f_unread_messages_count,
            f_achievments_list,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
