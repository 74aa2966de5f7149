"""UserInfo: A short summary of a user's public profile.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import badge as _m_badge
from . import user_note as _m_user_note
from . import user_skill as _m_user_skill

if TYPE_CHECKING:
    from .badge import Badge
    from .user_note import UserNote
    from .user_skill import UserSkill

_KNOWN = frozenset(
    {
        "id",
        "username",
        "fullname",
        "avatar_path",
        "cover_path",
        "about_me_text",
        "profession",
        "is_online",
        "last_online_timestamp",
        "reviews_count",
        "good_reviews",
        "bad_reviews",
        "kworks_count",
        "completed_orders_count",
        "completed_orders_percent",
        "in_time_completed_orders_percent",
        "repeated_orders_percent",
        "achievments_list",
        "skills",
        "is_verified_worker",
        "is_cashless_payment_available",
        "note",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class UserInfo(KworkModel):
    """A short summary of a user's public profile.

    Attributes:
        id: User id.
        username: Login name, unique on the site.
        fullname: Display name.
        avatar_path: Avatar image URL.
        cover_path: Profile banner image URL.
        about_me_text: The user's "about me" text.
        profession: Profession shown on the profile.
        is_online: True when the user is online now.
        last_online_timestamp: When the user was last active on the site (Unix time).
        reviews_count: Number of reviews of all kinds.
        good_reviews: Number of positive reviews.
        bad_reviews: Number of negative reviews.
        kworks_count: Number of the user's active kworks.
        completed_orders_count: Number of orders the user completed.
        completed_orders_percent: Share of orders completed successfully, in percent.
        in_time_completed_orders_percent: Share of orders delivered on time, in percent.
        repeated_orders_percent: Share of orders that were repeat orders, in percent.
        achievments_list: Badges shown on the profile (the wire name is misspelt; also readable
            as `achievements`).
        skills: Skills listed on the profile.
        is_verified_worker: True when the freelancer's identity (passport or address) is
            verified.
        is_cashless_payment_available: True when the user can work with payment through escrow
            (safe deal).
        note: The caller's private note about a user, visible only to its author.
    """

    id: int
    username: str | None = None
    fullname: str | None = None
    avatar_path: str | None = None
    cover_path: str | None = None
    about_me_text: str | None = None
    profession: str | None = None
    is_online: bool | None = None
    last_online_timestamp: int | None = None
    reviews_count: int | None = None
    good_reviews: int | None = None
    bad_reviews: int | None = None
    kworks_count: int | None = None
    completed_orders_count: int | None = None
    completed_orders_percent: int | None = None
    in_time_completed_orders_percent: int | None = None
    repeated_orders_percent: int | None = None
    achievments_list: list[Badge] | None = _attrs.field(default=None, hash=False)
    skills: list[UserSkill] | None = _attrs.field(default=None, hash=False)
    is_verified_worker: bool | None = None
    is_cashless_payment_available: bool | None = None
    note: UserNote | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("username", "username", "str | None"),
        ("fullname", "fullname", "str | None"),
        ("avatar_path", "avatar_path", "str | None"),
        ("cover_path", "cover_path", "str | None"),
        ("about_me_text", "about_me_text", "str | None"),
        ("profession", "profession", "str | None"),
        ("is_online", "is_online", "bool | None"),
        ("last_online_timestamp", "last_online_timestamp", "int | None"),
        ("reviews_count", "reviews_count", "int | None"),
        ("good_reviews", "good_reviews", "int | None"),
        ("bad_reviews", "bad_reviews", "int | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("completed_orders_count", "completed_orders_count", "int | None"),
        ("completed_orders_percent", "completed_orders_percent", "int | None"),
        ("in_time_completed_orders_percent", "in_time_completed_orders_percent", "int | None"),
        ("repeated_orders_percent", "repeated_orders_percent", "int | None"),
        ("achievments_list", "achievments_list", "list[Badge] | None"),
        ("skills", "skills", "list[UserSkill] | None"),
        ("is_verified_worker", "is_verified_worker", "bool | None"),
        ("is_cashless_payment_available", "is_cashless_payment_available", "bool | None"),
        ("note", "note", "UserNote | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `avatar_path`."""
        return self.avatar_path

    @property
    def achievements(self) -> list[Badge] | None:
        """Same as `achievments_list`."""
        return self.achievments_list

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], UserInfo]]


def _from_wire(
    d: Any,
    where: str = "UserInfo",
    _new: Callable[[type[UserInfo]], UserInfo] = object.__new__,
    _s_id: Callable[[UserInfo, Any], None] = UserInfo.__dict__["id"].__set__,
    _s_username: Callable[[UserInfo, Any], None] = UserInfo.__dict__["username"].__set__,
    _s_fullname: Callable[[UserInfo, Any], None] = UserInfo.__dict__["fullname"].__set__,
    _s_avatar_path: Callable[[UserInfo, Any], None] = UserInfo.__dict__["avatar_path"].__set__,
    _s_cover_path: Callable[[UserInfo, Any], None] = UserInfo.__dict__["cover_path"].__set__,
    _s_about_me_text: Callable[[UserInfo, Any], None] = UserInfo.__dict__["about_me_text"].__set__,
    _s_profession: Callable[[UserInfo, Any], None] = UserInfo.__dict__["profession"].__set__,
    _s_is_online: Callable[[UserInfo, Any], None] = UserInfo.__dict__["is_online"].__set__,
    _s_last_online_timestamp: Callable[[UserInfo, Any], None] = UserInfo.__dict__[
        "last_online_timestamp"
    ].__set__,
    _s_reviews_count: Callable[[UserInfo, Any], None] = UserInfo.__dict__["reviews_count"].__set__,
    _s_good_reviews: Callable[[UserInfo, Any], None] = UserInfo.__dict__["good_reviews"].__set__,
    _s_bad_reviews: Callable[[UserInfo, Any], None] = UserInfo.__dict__["bad_reviews"].__set__,
    _s_kworks_count: Callable[[UserInfo, Any], None] = UserInfo.__dict__["kworks_count"].__set__,
    _s_completed_orders_count: Callable[[UserInfo, Any], None] = UserInfo.__dict__[
        "completed_orders_count"
    ].__set__,
    _s_completed_orders_percent: Callable[[UserInfo, Any], None] = UserInfo.__dict__[
        "completed_orders_percent"
    ].__set__,
    _s_in_time_completed_orders_percent: Callable[[UserInfo, Any], None] = UserInfo.__dict__[
        "in_time_completed_orders_percent"
    ].__set__,
    _s_repeated_orders_percent: Callable[[UserInfo, Any], None] = UserInfo.__dict__[
        "repeated_orders_percent"
    ].__set__,
    _s_achievments_list: Callable[[UserInfo, Any], None] = UserInfo.__dict__["achievments_list"].__set__,
    _s_skills: Callable[[UserInfo, Any], None] = UserInfo.__dict__["skills"].__set__,
    _s_is_verified_worker: Callable[[UserInfo, Any], None] = UserInfo.__dict__["is_verified_worker"].__set__,
    _s_is_cashless_payment_available: Callable[[UserInfo, Any], None] = UserInfo.__dict__[
        "is_cashless_payment_available"
    ].__set__,
    _s_note: Callable[[UserInfo, Any], None] = UserInfo.__dict__["note"].__set__,
    _s_additional_properties: Callable[[UserInfo, Any], None] = UserInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> UserInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "UserInfo.id")
        if f_id is None:
            raise _c.missing("UserInfo.id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "UserInfo.username")
    f_fullname = g("fullname")
    if f_fullname is not None and f_fullname.__class__ is not str:
        f_fullname = _c.to_str(f_fullname, "UserInfo.fullname")
    f_avatar_path = g("avatar_path")
    if f_avatar_path is not None and f_avatar_path.__class__ is not str:
        f_avatar_path = _c.to_str(f_avatar_path, "UserInfo.avatar_path")
    f_cover_path = g("cover_path")
    if f_cover_path is not None and f_cover_path.__class__ is not str:
        f_cover_path = _c.to_str(f_cover_path, "UserInfo.cover_path")
    f_about_me_text = g("about_me_text")
    if f_about_me_text is not None and f_about_me_text.__class__ is not str:
        f_about_me_text = _c.to_str(f_about_me_text, "UserInfo.about_me_text")
    f_profession = g("profession")
    if f_profession is not None and f_profession.__class__ is not str:
        f_profession = _c.to_str(f_profession, "UserInfo.profession")
    f_is_online = g("is_online")
    if f_is_online is not None and f_is_online.__class__ is not bool:
        f_is_online = _c.to_bool(f_is_online, "UserInfo.is_online")
    f_last_online_timestamp = g("last_online_timestamp")
    if f_last_online_timestamp is not None and f_last_online_timestamp.__class__ is not int:
        f_last_online_timestamp = _c.to_int(f_last_online_timestamp, "UserInfo.last_online_timestamp")
    f_reviews_count = g("reviews_count")
    if f_reviews_count is not None and f_reviews_count.__class__ is not int:
        f_reviews_count = _c.to_int(f_reviews_count, "UserInfo.reviews_count")
    f_good_reviews = g("good_reviews")
    if f_good_reviews is not None and f_good_reviews.__class__ is not int:
        f_good_reviews = _c.to_int(f_good_reviews, "UserInfo.good_reviews")
    f_bad_reviews = g("bad_reviews")
    if f_bad_reviews is not None and f_bad_reviews.__class__ is not int:
        f_bad_reviews = _c.to_int(f_bad_reviews, "UserInfo.bad_reviews")
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "UserInfo.kworks_count")
    f_completed_orders_count = g("completed_orders_count")
    if f_completed_orders_count is not None and f_completed_orders_count.__class__ is not int:
        f_completed_orders_count = _c.to_int(f_completed_orders_count, "UserInfo.completed_orders_count")
    f_completed_orders_percent = g("completed_orders_percent")
    if f_completed_orders_percent is not None and f_completed_orders_percent.__class__ is not int:
        f_completed_orders_percent = _c.to_int(
            f_completed_orders_percent, "UserInfo.completed_orders_percent"
        )
    f_in_time_completed_orders_percent = g("in_time_completed_orders_percent")
    if (
        f_in_time_completed_orders_percent is not None
        and f_in_time_completed_orders_percent.__class__ is not int
    ):
        f_in_time_completed_orders_percent = _c.to_int(
            f_in_time_completed_orders_percent, "UserInfo.in_time_completed_orders_percent"
        )
    f_repeated_orders_percent = g("repeated_orders_percent")
    if f_repeated_orders_percent is not None and f_repeated_orders_percent.__class__ is not int:
        f_repeated_orders_percent = _c.to_int(f_repeated_orders_percent, "UserInfo.repeated_orders_percent")
    f_achievments_list = g("achievments_list")
    if f_achievments_list is not None:
        if f_achievments_list.__class__ is list:
            f_achievments_list = list(map(_m_badge.Badge._from_wire, f_achievments_list))
        else:
            f_achievments_list = _c.to_list(
                f_achievments_list, _m_badge.Badge._from_wire, "UserInfo.achievments_list"
            )
    f_skills = g("skills")
    if f_skills is not None:
        if f_skills.__class__ is list:
            f_skills = list(map(_m_user_skill.UserSkill._from_wire, f_skills))
        else:
            f_skills = _c.to_list(f_skills, _m_user_skill.UserSkill._from_wire, "UserInfo.skills")
    f_is_verified_worker = g("is_verified_worker")
    if f_is_verified_worker is not None and f_is_verified_worker.__class__ is not bool:
        f_is_verified_worker = _c.to_bool(f_is_verified_worker, "UserInfo.is_verified_worker")
    f_is_cashless_payment_available = g("is_cashless_payment_available")
    if f_is_cashless_payment_available is not None and f_is_cashless_payment_available.__class__ is not bool:
        f_is_cashless_payment_available = _c.to_bool(
            f_is_cashless_payment_available, "UserInfo.is_cashless_payment_available"
        )
    f_note = g("note")
    if f_note is not None:
        f_note = _c.to_model(f_note, _m_user_note.UserNote._from_wire, "UserInfo.note")
    o = _new(UserInfo)
    _s_id(o, f_id)
    _s_username(o, f_username)
    _s_fullname(o, f_fullname)
    _s_avatar_path(o, f_avatar_path)
    _s_cover_path(o, f_cover_path)
    _s_about_me_text(o, f_about_me_text)
    _s_profession(o, f_profession)
    _s_is_online(o, f_is_online)
    _s_last_online_timestamp(o, f_last_online_timestamp)
    _s_reviews_count(o, f_reviews_count)
    _s_good_reviews(o, f_good_reviews)
    _s_bad_reviews(o, f_bad_reviews)
    _s_kworks_count(o, f_kworks_count)
    _s_completed_orders_count(o, f_completed_orders_count)
    _s_completed_orders_percent(o, f_completed_orders_percent)
    _s_in_time_completed_orders_percent(o, f_in_time_completed_orders_percent)
    _s_repeated_orders_percent(o, f_repeated_orders_percent)
    _s_achievments_list(o, f_achievments_list)
    _s_skills(o, f_skills)
    _s_is_verified_worker(o, f_is_verified_worker)
    _s_is_cashless_payment_available(o, f_is_cashless_payment_available)
    _s_note(o, f_note)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


UserInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
