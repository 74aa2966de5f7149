"""AccountInfo: A short summary of the signed-in account.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import yescrow_payer as _m_yescrow_payer

if TYPE_CHECKING:
    from .yescrow_payer import YescrowPayer

_KNOWN = frozenset(
    {
        "id",
        "username",
        "fullname",
        "avatar_path",
        "cover_path",
        "about_me_text",
        "profession",
        "type",
        "verified",
        "total_amount",
        "currency",
        "country_id",
        "city_id",
        "timezone_id",
        "kworks_count",
        "favourite_kworks_count",
        "hidden_kworks_count",
        "worker_status",
        "offers_count",
        "archived_wants_count",
        "allow_mobile_push",
        "push_notifications_sound_allowed",
        "black_friday_for_sellers",
        "yescrow_payer",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class AccountInfo(KworkModel):
    """A short summary of the signed-in account.

    Attributes:
        id: User id.
        username: Login name, unique on the site.
        fullname: Display name.
        avatar_path: Avatar image URL.
        cover_path: Profile banner image URL.
        about_me_text: The user's "about me" text.
        profession: Profession shown on the profile.
        type: Current role, `payer` (buyer) or `worker` (freelancer).
        verified: True when the e-mail address is confirmed.
        total_amount: Whole balance, in `currency`.
        currency: Currency code of the balance, such as `RUB`.
        country_id: Id of the user's country.
        city_id: Id of the user's city.
        timezone_id: Id of the user's time zone.
        kworks_count: Number of the user's kworks.
        favourite_kworks_count: Number of kworks the user marked as favourite.
        hidden_kworks_count: Number of kworks the user hid from the catalog.
        worker_status: Whether the freelancer takes orders now, `free` or `busy`; null for users
            who do not sell.
        offers_count: Number of offers the user sent on the project exchange.
        archived_wants_count: Number of the user's archived projects.
        allow_mobile_push: True when push notifications to the mobile app are allowed.
        push_notifications_sound_allowed: True when mobile push notifications play a sound.
        black_friday_for_sellers: True while the Black Friday sale for freelancers is on.
        yescrow_payer: How the buyer pays, as a private person or as a company with a verified
            legal entity.
    """

    id: int
    username: str | None = None
    fullname: str | None = None
    avatar_path: str | None = None
    cover_path: str | None = None
    about_me_text: str | None = None
    profession: str | None = None
    type: str | None = None
    verified: bool | None = None
    total_amount: float | None = None
    currency: str | None = None
    country_id: int | None = None
    city_id: int | None = None
    timezone_id: int | None = None
    kworks_count: int | None = None
    favourite_kworks_count: int | None = None
    hidden_kworks_count: int | None = None
    worker_status: str | None = None
    offers_count: int | None = None
    archived_wants_count: int | None = None
    allow_mobile_push: bool | None = None
    push_notifications_sound_allowed: bool | None = None
    black_friday_for_sellers: bool | None = None
    yescrow_payer: YescrowPayer | None = None
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
        ("type", "type", "str | None"),
        ("verified", "verified", "bool | None"),
        ("total_amount", "total_amount", "float | None"),
        ("currency", "currency", "str | None"),
        ("country_id", "country_id", "int | None"),
        ("city_id", "city_id", "int | None"),
        ("timezone_id", "timezone_id", "int | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("favourite_kworks_count", "favourite_kworks_count", "int | None"),
        ("hidden_kworks_count", "hidden_kworks_count", "int | None"),
        ("worker_status", "worker_status", "str | None"),
        ("offers_count", "offers_count", "int | None"),
        ("archived_wants_count", "archived_wants_count", "int | None"),
        ("allow_mobile_push", "allow_mobile_push", "bool | None"),
        ("push_notifications_sound_allowed", "push_notifications_sound_allowed", "bool | None"),
        ("black_friday_for_sellers", "black_friday_for_sellers", "bool | None"),
        ("yescrow_payer", "yescrow_payer", "YescrowPayer | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `avatar_path`."""
        return self.avatar_path

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], AccountInfo]]


def _from_wire(
    d: Any,
    where: str = "AccountInfo",
    _new: Callable[[type[AccountInfo]], AccountInfo] = object.__new__,
    _s_id: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["id"].__set__,
    _s_username: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["username"].__set__,
    _s_fullname: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["fullname"].__set__,
    _s_avatar_path: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["avatar_path"].__set__,
    _s_cover_path: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["cover_path"].__set__,
    _s_about_me_text: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["about_me_text"].__set__,
    _s_profession: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["profession"].__set__,
    _s_type: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["type"].__set__,
    _s_verified: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["verified"].__set__,
    _s_total_amount: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["total_amount"].__set__,
    _s_currency: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["currency"].__set__,
    _s_country_id: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["country_id"].__set__,
    _s_city_id: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["city_id"].__set__,
    _s_timezone_id: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["timezone_id"].__set__,
    _s_kworks_count: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["kworks_count"].__set__,
    _s_favourite_kworks_count: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__[
        "favourite_kworks_count"
    ].__set__,
    _s_hidden_kworks_count: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__[
        "hidden_kworks_count"
    ].__set__,
    _s_worker_status: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["worker_status"].__set__,
    _s_offers_count: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["offers_count"].__set__,
    _s_archived_wants_count: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__[
        "archived_wants_count"
    ].__set__,
    _s_allow_mobile_push: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__[
        "allow_mobile_push"
    ].__set__,
    _s_push_notifications_sound_allowed: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__[
        "push_notifications_sound_allowed"
    ].__set__,
    _s_black_friday_for_sellers: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__[
        "black_friday_for_sellers"
    ].__set__,
    _s_yescrow_payer: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__["yescrow_payer"].__set__,
    _s_additional_properties: Callable[[AccountInfo, Any], None] = AccountInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> AccountInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "AccountInfo.id")
        if f_id is None:
            raise _c.missing("AccountInfo.id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "AccountInfo.username")
    f_fullname = g("fullname")
    if f_fullname is not None and f_fullname.__class__ is not str:
        f_fullname = _c.to_str(f_fullname, "AccountInfo.fullname")
    f_avatar_path = g("avatar_path")
    if f_avatar_path is not None and f_avatar_path.__class__ is not str:
        f_avatar_path = _c.to_str(f_avatar_path, "AccountInfo.avatar_path")
    f_cover_path = g("cover_path")
    if f_cover_path is not None and f_cover_path.__class__ is not str:
        f_cover_path = _c.to_str(f_cover_path, "AccountInfo.cover_path")
    f_about_me_text = g("about_me_text")
    if f_about_me_text is not None and f_about_me_text.__class__ is not str:
        f_about_me_text = _c.to_str(f_about_me_text, "AccountInfo.about_me_text")
    f_profession = g("profession")
    if f_profession is not None and f_profession.__class__ is not str:
        f_profession = _c.to_str(f_profession, "AccountInfo.profession")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "AccountInfo.type")
    f_verified = g("verified")
    if f_verified is not None and f_verified.__class__ is not bool:
        f_verified = _c.to_bool(f_verified, "AccountInfo.verified")
    f_total_amount = g("total_amount")
    if (
        f_total_amount is not None
        and f_total_amount.__class__ is not float
        and f_total_amount.__class__ is not int
    ):
        f_total_amount = _c.to_float(f_total_amount, "AccountInfo.total_amount")
    f_currency = g("currency")
    if f_currency is not None and f_currency.__class__ is not str:
        f_currency = _c.to_str(f_currency, "AccountInfo.currency")
    f_country_id = g("country_id")
    if f_country_id is not None and f_country_id.__class__ is not int:
        f_country_id = _c.to_int(f_country_id, "AccountInfo.country_id")
    f_city_id = g("city_id")
    if f_city_id is not None and f_city_id.__class__ is not int:
        f_city_id = _c.to_int(f_city_id, "AccountInfo.city_id")
    f_timezone_id = g("timezone_id")
    if f_timezone_id is not None and f_timezone_id.__class__ is not int:
        f_timezone_id = _c.to_int(f_timezone_id, "AccountInfo.timezone_id")
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "AccountInfo.kworks_count")
    f_favourite_kworks_count = g("favourite_kworks_count")
    if f_favourite_kworks_count is not None and f_favourite_kworks_count.__class__ is not int:
        f_favourite_kworks_count = _c.to_int(f_favourite_kworks_count, "AccountInfo.favourite_kworks_count")
    f_hidden_kworks_count = g("hidden_kworks_count")
    if f_hidden_kworks_count is not None and f_hidden_kworks_count.__class__ is not int:
        f_hidden_kworks_count = _c.to_int(f_hidden_kworks_count, "AccountInfo.hidden_kworks_count")
    f_worker_status = g("worker_status")
    if f_worker_status is not None and f_worker_status.__class__ is not str:
        f_worker_status = _c.to_str(f_worker_status, "AccountInfo.worker_status")
    f_offers_count = g("offers_count")
    if f_offers_count is not None and f_offers_count.__class__ is not int:
        f_offers_count = _c.to_int(f_offers_count, "AccountInfo.offers_count")
    f_archived_wants_count = g("archived_wants_count")
    if f_archived_wants_count is not None and f_archived_wants_count.__class__ is not int:
        f_archived_wants_count = _c.to_int(f_archived_wants_count, "AccountInfo.archived_wants_count")
    f_allow_mobile_push = g("allow_mobile_push")
    if f_allow_mobile_push is not None and f_allow_mobile_push.__class__ is not bool:
        f_allow_mobile_push = _c.to_bool(f_allow_mobile_push, "AccountInfo.allow_mobile_push")
    f_push_notifications_sound_allowed = g("push_notifications_sound_allowed")
    if (
        f_push_notifications_sound_allowed is not None
        and f_push_notifications_sound_allowed.__class__ is not bool
    ):
        f_push_notifications_sound_allowed = _c.to_bool(
            f_push_notifications_sound_allowed, "AccountInfo.push_notifications_sound_allowed"
        )
    f_black_friday_for_sellers = g("black_friday_for_sellers")
    if f_black_friday_for_sellers is not None and f_black_friday_for_sellers.__class__ is not bool:
        f_black_friday_for_sellers = _c.to_bool(
            f_black_friday_for_sellers, "AccountInfo.black_friday_for_sellers"
        )
    f_yescrow_payer = g("yescrow_payer")
    if f_yescrow_payer is not None:
        f_yescrow_payer = _c.to_model(
            f_yescrow_payer, _m_yescrow_payer.YescrowPayer._from_wire, "AccountInfo.yescrow_payer"
        )
    o = _new(AccountInfo)
    _s_id(o, f_id)
    _s_username(o, f_username)
    _s_fullname(o, f_fullname)
    _s_avatar_path(o, f_avatar_path)
    _s_cover_path(o, f_cover_path)
    _s_about_me_text(o, f_about_me_text)
    _s_profession(o, f_profession)
    _s_type(o, f_type)
    _s_verified(o, f_verified)
    _s_total_amount(o, f_total_amount)
    _s_currency(o, f_currency)
    _s_country_id(o, f_country_id)
    _s_city_id(o, f_city_id)
    _s_timezone_id(o, f_timezone_id)
    _s_kworks_count(o, f_kworks_count)
    _s_favourite_kworks_count(o, f_favourite_kworks_count)
    _s_hidden_kworks_count(o, f_hidden_kworks_count)
    _s_worker_status(o, f_worker_status)
    _s_offers_count(o, f_offers_count)
    _s_archived_wants_count(o, f_archived_wants_count)
    _s_allow_mobile_push(o, f_allow_mobile_push)
    _s_push_notifications_sound_allowed(o, f_push_notifications_sound_allowed)
    _s_black_friday_for_sellers(o, f_black_friday_for_sellers)
    _s_yescrow_payer(o, f_yescrow_payer)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


AccountInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
