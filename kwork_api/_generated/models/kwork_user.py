"""KworkUser: A Kwork user. `actor` (`get_me`) sends the signed-in user's own account, with balances, unread counters and settings; `user` and `userByUsername` send a public profile, with order statistics and what the caller may do. Fields that only one of them sends read as None in the other.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import badge as _m_badge
from . import kwork_card as _m_kwork_card
from . import portfolio_item as _m_portfolio_item
from . import user_note as _m_user_note
from . import user_review as _m_user_review
from . import user_skill as _m_user_skill
from . import yescrow_applicants as _m_yescrow_applicants
from . import yescrow_payer as _m_yescrow_payer

if TYPE_CHECKING:
    from .badge import Badge
    from .kwork_card import KworkCard
    from .portfolio_item import PortfolioItem
    from .user_note import UserNote
    from .user_review import UserReview
    from .user_skill import UserSkill
    from .yescrow_applicants import YescrowApplicants
    from .yescrow_payer import YescrowPayer

_KNOWN = frozenset(
    {
        "id",
        "username",
        "status",
        "email",
        "type",
        "verified",
        "profilepicture",
        "description",
        "slogan",
        "fullname",
        "level_description",
        "cover",
        "location",
        "rating",
        "rating_count",
        "good_reviews",
        "bad_reviews",
        "reviews_count",
        "addtime",
        "online",
        "live_date",
        "total_amount",
        "hold_amount",
        "free_amount",
        "currency",
        "inbox_archive_count",
        "unread_dialog_count",
        "unread_messages_count",
        "warning_inbox_count",
        "notify_unread_count",
        "app_notify_count",
        "red_notify",
        "country_id",
        "city_id",
        "timezone_id",
        "timezoneId",
        "allow_mobile_push",
        "pushNotificationsSoundAllowed",
        "is_more_payer",
        "kworks_count",
        "favourite_kworks_count",
        "hidden_kworks_count",
        "kworks_available_at_weekends",
        "worker_status",
        "has_offers",
        "wants_count",
        "offers_count",
        "archived_wants_count",
        "black_friday_for_sellers",
        "specialization",
        "profession",
        "achievments_list",
        "completed_orders_count",
        "order_done_persent",
        "order_done_intime_persent",
        "order_done_repeat_persent",
        "custom_request_min_budget",
        "is_allow_custom_request",
        "blocked_by_user",
        "allowedDialog",
        "is_verified_worker",
        "is_cashless_payment_available",
        "is_stop_work",
        "skills",
        "note",
        "kworks",
        "portfolio_list",
        "reviews",
        "yescrow_payer",
        "yescrow_applicants",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkUser(KworkModel):
    """A Kwork user. `actor` (`get_me`) sends the signed-in user's own account, with balances, unread
    counters and settings; `user` and `userByUsername` send a public profile, with order statistics
    and what the caller may do. Fields that only one of them sends read as None in the other.

    Attributes:
        id: User id.
        username: Login name, unique on the site.
        status: Account status, such as `active`.
        email: E-mail address; own account only.
        type: Current role, `payer` (buyer) or `worker` (freelancer); own account only.
        verified: True when the e-mail address is confirmed; own account only.
        profilepicture: Avatar image URL.
        description: The user's "about me" text.
        slogan: Profile slogan; usually empty.
        fullname: Display name.
        level_description: Name of the freelancer's level on the site.
        cover: Profile banner image URL.
        location: City or country shown on the profile.
        rating: Average rating on a 0 to 5 scale, to one decimal (sent as a string).
        rating_count: Number of ratings behind `rating`.
        good_reviews: Number of positive reviews.
        bad_reviews: Number of negative reviews.
        reviews_count: Number of reviews of all kinds; public profile only.
        addtime: When the account was registered (Unix time).
        online: True when the user is online now; public profile only.
        live_date: When the user was last active on the site (Unix time); public profile only.
        total_amount: Whole balance, free and held, in `currency`; own account only.
        hold_amount: Part of the balance that is held and cannot be spent yet, in `currency`;
            own account only.
        free_amount: Balance available to spend or withdraw, in `currency`; own account only.
        currency: Currency code of the balances, such as `RUB`; own account only.
        inbox_archive_count: Number of archived dialogs.
        unread_dialog_count: Number of dialogs with unread messages.
        unread_messages_count: Number of unread messages across all dialogs.
        warning_inbox_count: Number of important dialogs with unread messages.
        notify_unread_count: Number of unread notifications.
        app_notify_count: Unread notifications counted for the app's badge, leaving out project
            matches and kwork moderation results.
        red_notify: True when some unread notifications are important.
        country_id: Id of the user's country.
        city_id: Id of the user's city.
        timezone_id: Id of the user's time zone (the public profile spells it `timezoneId`).
        allow_mobile_push: True when push notifications to the mobile app are allowed.
        push_notifications_sound_allowed: True when mobile push notifications play a sound. Wire
            name: `pushNotificationsSoundAllowed`.
        is_more_payer: True when the user acts more as a buyer than as a freelancer.
        kworks_count: Number of the user's kworks (the active ones, on a public profile).
        favourite_kworks_count: Number of kworks the user marked as favourite.
        hidden_kworks_count: Number of kworks the user hid from the catalog.
        kworks_available_at_weekends: True when the user's kworks can be ordered at weekends.
        worker_status: Whether the freelancer takes orders now, `free` or `busy`; null for users
            who do not sell.
        has_offers: True when the user has active offers on the project exchange.
        wants_count: Number of projects (buyer requests) the user posted.
        offers_count: Number of offers the user sent on the project exchange.
        archived_wants_count: Number of the user's archived projects.
        black_friday_for_sellers: True while the Black Friday sale for freelancers is on.
        specialization: The user's specialization. Only ever seen as null, so its shape is
            unknown.
        profession: Profession shown on the profile.
        achievments_list: Badges shown on the profile (the wire name is misspelt; also readable
            as `achievements`).
        completed_orders_count: Number of orders the user completed.
        order_done_persent: Share of orders completed successfully, in percent; public profile
            only.
        order_done_intime_persent: Share of orders delivered on time, in percent; public profile
            only.
        order_done_repeat_persent: Share of orders that were repeat orders, in percent; public
            profile only.
        custom_request_min_budget: Smallest budget the user accepts for a custom kwork request,
            in roubles; sent only to signed-in callers.
        is_allow_custom_request: True when the user accepts requests for custom kworks.
        blocked_by_user: True when this user blocked the dialog with the caller; always false
            for anonymous callers.
        allowed_dialog: True when the caller may write to this user. Wire name: `allowedDialog`.
        is_verified_worker: True when the freelancer's identity (passport or address) is
            verified.
        is_cashless_payment_available: True when the user can work with payment through escrow
            (safe deal).
        is_stop_work: Whether the freelancer has paused taking orders, going by the name. Only
            ever seen as null.
        skills: Skills listed on the profile; public profile only.
        note: The caller's private note about a user, visible only to its author.
        kworks: The user's kworks.
        portfolio_list: Portfolio items shown on the profile.
        reviews: Reviews the user received, newest first.
        yescrow_payer: How the buyer pays, as a private person or as a company with a verified
            legal entity.
        yescrow_applicants: The user's applications to work or pay as a business (self-employed,
            sole trader or company).
    """

    id: int
    username: str | None = None
    status: str | None = None
    email: str | None = None
    type: str | None = None
    verified: bool | None = None
    profilepicture: str | None = None
    description: str | None = None
    slogan: str | None = None
    fullname: str | None = None
    level_description: str | None = None
    cover: str | None = None
    location: str | None = None
    rating: float | None = None
    rating_count: int | None = None
    good_reviews: int | None = None
    bad_reviews: int | None = None
    reviews_count: int | None = None
    addtime: int | None = None
    online: bool | None = None
    live_date: int | None = None
    total_amount: float | None = None
    hold_amount: float | None = None
    free_amount: float | None = None
    currency: str | None = None
    inbox_archive_count: int | None = None
    unread_dialog_count: int | None = None
    unread_messages_count: int | None = None
    warning_inbox_count: int | None = None
    notify_unread_count: int | None = None
    app_notify_count: int | None = None
    red_notify: bool | None = None
    country_id: int | None = None
    city_id: int | None = None
    timezone_id: int | None = None
    allow_mobile_push: bool | None = None
    push_notifications_sound_allowed: bool | None = None
    is_more_payer: bool | None = None
    kworks_count: int | None = None
    favourite_kworks_count: int | None = None
    hidden_kworks_count: int | None = None
    kworks_available_at_weekends: bool | None = None
    worker_status: str | None = None
    has_offers: bool | None = None
    wants_count: int | None = None
    offers_count: int | None = None
    archived_wants_count: int | None = None
    black_friday_for_sellers: bool | None = None
    specialization: Any = _attrs.field(default=None, hash=False)
    profession: str | None = None
    achievments_list: list[Badge] | None = _attrs.field(default=None, hash=False)
    completed_orders_count: int | None = None
    order_done_persent: int | None = None
    order_done_intime_persent: int | None = None
    order_done_repeat_persent: int | None = None
    custom_request_min_budget: float | None = None
    is_allow_custom_request: bool | None = None
    blocked_by_user: bool | None = None
    allowed_dialog: bool | None = None
    is_verified_worker: bool | None = None
    is_cashless_payment_available: bool | None = None
    is_stop_work: Any = _attrs.field(default=None, hash=False)
    skills: list[UserSkill] | None = _attrs.field(default=None, hash=False)
    note: UserNote | None = None
    kworks: list[KworkCard] | None = _attrs.field(default=None, hash=False)
    portfolio_list: list[PortfolioItem] | None = _attrs.field(default=None, hash=False)
    reviews: list[UserReview] | None = _attrs.field(default=None, hash=False)
    yescrow_payer: YescrowPayer | None = None
    yescrow_applicants: YescrowApplicants | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("username", "username", "str | None"),
        ("status", "status", "str | None"),
        ("email", "email", "str | None"),
        ("type", "type", "str | None"),
        ("verified", "verified", "bool | None"),
        ("profilepicture", "profilepicture", "str | None"),
        ("description", "description", "str | None"),
        ("slogan", "slogan", "str | None"),
        ("fullname", "fullname", "str | None"),
        ("level_description", "level_description", "str | None"),
        ("cover", "cover", "str | None"),
        ("location", "location", "str | None"),
        ("rating", "rating", "float | None"),
        ("rating_count", "rating_count", "int | None"),
        ("good_reviews", "good_reviews", "int | None"),
        ("bad_reviews", "bad_reviews", "int | None"),
        ("reviews_count", "reviews_count", "int | None"),
        ("addtime", "addtime", "int | None"),
        ("online", "online", "bool | None"),
        ("live_date", "live_date", "int | None"),
        ("total_amount", "total_amount", "float | None"),
        ("hold_amount", "hold_amount", "float | None"),
        ("free_amount", "free_amount", "float | None"),
        ("currency", "currency", "str | None"),
        ("inbox_archive_count", "inbox_archive_count", "int | None"),
        ("unread_dialog_count", "unread_dialog_count", "int | None"),
        ("unread_messages_count", "unread_messages_count", "int | None"),
        ("warning_inbox_count", "warning_inbox_count", "int | None"),
        ("notify_unread_count", "notify_unread_count", "int | None"),
        ("app_notify_count", "app_notify_count", "int | None"),
        ("red_notify", "red_notify", "bool | None"),
        ("country_id", "country_id", "int | None"),
        ("city_id", "city_id", "int | None"),
        ("timezone_id", "timezone_id", "int | None"),
        ("allow_mobile_push", "allow_mobile_push", "bool | None"),
        ("push_notifications_sound_allowed", "pushNotificationsSoundAllowed", "bool | None"),
        ("is_more_payer", "is_more_payer", "bool | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("favourite_kworks_count", "favourite_kworks_count", "int | None"),
        ("hidden_kworks_count", "hidden_kworks_count", "int | None"),
        ("kworks_available_at_weekends", "kworks_available_at_weekends", "bool | None"),
        ("worker_status", "worker_status", "str | None"),
        ("has_offers", "has_offers", "bool | None"),
        ("wants_count", "wants_count", "int | None"),
        ("offers_count", "offers_count", "int | None"),
        ("archived_wants_count", "archived_wants_count", "int | None"),
        ("black_friday_for_sellers", "black_friday_for_sellers", "bool | None"),
        ("specialization", "specialization", "Any"),
        ("profession", "profession", "str | None"),
        ("achievments_list", "achievments_list", "list[Badge] | None"),
        ("completed_orders_count", "completed_orders_count", "int | None"),
        ("order_done_persent", "order_done_persent", "int | None"),
        ("order_done_intime_persent", "order_done_intime_persent", "int | None"),
        ("order_done_repeat_persent", "order_done_repeat_persent", "int | None"),
        ("custom_request_min_budget", "custom_request_min_budget", "float | None"),
        ("is_allow_custom_request", "is_allow_custom_request", "bool | None"),
        ("blocked_by_user", "blocked_by_user", "bool | None"),
        ("allowed_dialog", "allowedDialog", "bool | None"),
        ("is_verified_worker", "is_verified_worker", "bool | None"),
        ("is_cashless_payment_available", "is_cashless_payment_available", "bool | None"),
        ("is_stop_work", "is_stop_work", "Any"),
        ("skills", "skills", "list[UserSkill] | None"),
        ("note", "note", "UserNote | None"),
        ("kworks", "kworks", "list[KworkCard] | None"),
        ("portfolio_list", "portfolio_list", "list[PortfolioItem] | None"),
        ("reviews", "reviews", "list[UserReview] | None"),
        ("yescrow_payer", "yescrow_payer", "YescrowPayer | None"),
        ("yescrow_applicants", "yescrow_applicants", "YescrowApplicants | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `profilepicture`."""
        return self.profilepicture

    @property
    def achievements(self) -> list[Badge] | None:
        """Same as `achievments_list`."""
        return self.achievments_list

    @property
    def order_done_percent(self) -> int | None:
        """Same as `order_done_persent`."""
        return self.order_done_persent

    @property
    def order_done_intime_percent(self) -> int | None:
        """Same as `order_done_intime_persent`."""
        return self.order_done_intime_persent

    @property
    def order_done_repeat_percent(self) -> int | None:
        """Same as `order_done_repeat_persent`."""
        return self.order_done_repeat_persent

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkUser]]


def _from_wire(
    d: Any,
    where: str = "KworkUser",
    _new: Callable[[type[KworkUser]], KworkUser] = object.__new__,
    _s_id: Callable[[KworkUser, Any], None] = KworkUser.__dict__["id"].__set__,
    _s_username: Callable[[KworkUser, Any], None] = KworkUser.__dict__["username"].__set__,
    _s_status: Callable[[KworkUser, Any], None] = KworkUser.__dict__["status"].__set__,
    _s_email: Callable[[KworkUser, Any], None] = KworkUser.__dict__["email"].__set__,
    _s_type: Callable[[KworkUser, Any], None] = KworkUser.__dict__["type"].__set__,
    _s_verified: Callable[[KworkUser, Any], None] = KworkUser.__dict__["verified"].__set__,
    _s_profilepicture: Callable[[KworkUser, Any], None] = KworkUser.__dict__["profilepicture"].__set__,
    _s_description: Callable[[KworkUser, Any], None] = KworkUser.__dict__["description"].__set__,
    _s_slogan: Callable[[KworkUser, Any], None] = KworkUser.__dict__["slogan"].__set__,
    _s_fullname: Callable[[KworkUser, Any], None] = KworkUser.__dict__["fullname"].__set__,
    _s_level_description: Callable[[KworkUser, Any], None] = KworkUser.__dict__["level_description"].__set__,
    _s_cover: Callable[[KworkUser, Any], None] = KworkUser.__dict__["cover"].__set__,
    _s_location: Callable[[KworkUser, Any], None] = KworkUser.__dict__["location"].__set__,
    _s_rating: Callable[[KworkUser, Any], None] = KworkUser.__dict__["rating"].__set__,
    _s_rating_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__["rating_count"].__set__,
    _s_good_reviews: Callable[[KworkUser, Any], None] = KworkUser.__dict__["good_reviews"].__set__,
    _s_bad_reviews: Callable[[KworkUser, Any], None] = KworkUser.__dict__["bad_reviews"].__set__,
    _s_reviews_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__["reviews_count"].__set__,
    _s_addtime: Callable[[KworkUser, Any], None] = KworkUser.__dict__["addtime"].__set__,
    _s_online: Callable[[KworkUser, Any], None] = KworkUser.__dict__["online"].__set__,
    _s_live_date: Callable[[KworkUser, Any], None] = KworkUser.__dict__["live_date"].__set__,
    _s_total_amount: Callable[[KworkUser, Any], None] = KworkUser.__dict__["total_amount"].__set__,
    _s_hold_amount: Callable[[KworkUser, Any], None] = KworkUser.__dict__["hold_amount"].__set__,
    _s_free_amount: Callable[[KworkUser, Any], None] = KworkUser.__dict__["free_amount"].__set__,
    _s_currency: Callable[[KworkUser, Any], None] = KworkUser.__dict__["currency"].__set__,
    _s_inbox_archive_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "inbox_archive_count"
    ].__set__,
    _s_unread_dialog_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "unread_dialog_count"
    ].__set__,
    _s_unread_messages_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "unread_messages_count"
    ].__set__,
    _s_warning_inbox_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "warning_inbox_count"
    ].__set__,
    _s_notify_unread_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "notify_unread_count"
    ].__set__,
    _s_app_notify_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__["app_notify_count"].__set__,
    _s_red_notify: Callable[[KworkUser, Any], None] = KworkUser.__dict__["red_notify"].__set__,
    _s_country_id: Callable[[KworkUser, Any], None] = KworkUser.__dict__["country_id"].__set__,
    _s_city_id: Callable[[KworkUser, Any], None] = KworkUser.__dict__["city_id"].__set__,
    _s_timezone_id: Callable[[KworkUser, Any], None] = KworkUser.__dict__["timezone_id"].__set__,
    _s_allow_mobile_push: Callable[[KworkUser, Any], None] = KworkUser.__dict__["allow_mobile_push"].__set__,
    _s_push_notifications_sound_allowed: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "push_notifications_sound_allowed"
    ].__set__,
    _s_is_more_payer: Callable[[KworkUser, Any], None] = KworkUser.__dict__["is_more_payer"].__set__,
    _s_kworks_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__["kworks_count"].__set__,
    _s_favourite_kworks_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "favourite_kworks_count"
    ].__set__,
    _s_hidden_kworks_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "hidden_kworks_count"
    ].__set__,
    _s_kworks_available_at_weekends: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "kworks_available_at_weekends"
    ].__set__,
    _s_worker_status: Callable[[KworkUser, Any], None] = KworkUser.__dict__["worker_status"].__set__,
    _s_has_offers: Callable[[KworkUser, Any], None] = KworkUser.__dict__["has_offers"].__set__,
    _s_wants_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__["wants_count"].__set__,
    _s_offers_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__["offers_count"].__set__,
    _s_archived_wants_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "archived_wants_count"
    ].__set__,
    _s_black_friday_for_sellers: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "black_friday_for_sellers"
    ].__set__,
    _s_specialization: Callable[[KworkUser, Any], None] = KworkUser.__dict__["specialization"].__set__,
    _s_profession: Callable[[KworkUser, Any], None] = KworkUser.__dict__["profession"].__set__,
    _s_achievments_list: Callable[[KworkUser, Any], None] = KworkUser.__dict__["achievments_list"].__set__,
    _s_completed_orders_count: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "completed_orders_count"
    ].__set__,
    _s_order_done_persent: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "order_done_persent"
    ].__set__,
    _s_order_done_intime_persent: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "order_done_intime_persent"
    ].__set__,
    _s_order_done_repeat_persent: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "order_done_repeat_persent"
    ].__set__,
    _s_custom_request_min_budget: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "custom_request_min_budget"
    ].__set__,
    _s_is_allow_custom_request: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "is_allow_custom_request"
    ].__set__,
    _s_blocked_by_user: Callable[[KworkUser, Any], None] = KworkUser.__dict__["blocked_by_user"].__set__,
    _s_allowed_dialog: Callable[[KworkUser, Any], None] = KworkUser.__dict__["allowed_dialog"].__set__,
    _s_is_verified_worker: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "is_verified_worker"
    ].__set__,
    _s_is_cashless_payment_available: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "is_cashless_payment_available"
    ].__set__,
    _s_is_stop_work: Callable[[KworkUser, Any], None] = KworkUser.__dict__["is_stop_work"].__set__,
    _s_skills: Callable[[KworkUser, Any], None] = KworkUser.__dict__["skills"].__set__,
    _s_note: Callable[[KworkUser, Any], None] = KworkUser.__dict__["note"].__set__,
    _s_kworks: Callable[[KworkUser, Any], None] = KworkUser.__dict__["kworks"].__set__,
    _s_portfolio_list: Callable[[KworkUser, Any], None] = KworkUser.__dict__["portfolio_list"].__set__,
    _s_reviews: Callable[[KworkUser, Any], None] = KworkUser.__dict__["reviews"].__set__,
    _s_yescrow_payer: Callable[[KworkUser, Any], None] = KworkUser.__dict__["yescrow_payer"].__set__,
    _s_yescrow_applicants: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "yescrow_applicants"
    ].__set__,
    _s_additional_properties: Callable[[KworkUser, Any], None] = KworkUser.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkUser:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "KworkUser.status")
    f_email = g("email")
    if f_email is not None and f_email.__class__ is not str:
        f_email = _c.to_str(f_email, "KworkUser.email")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "KworkUser.type")
    f_verified = g("verified")
    if f_verified is not None and f_verified.__class__ is not bool:
        f_verified = _c.to_bool(f_verified, "KworkUser.verified")
    f_profilepicture = g("profilepicture")
    if f_profilepicture is not None and f_profilepicture.__class__ is not str:
        f_profilepicture = _c.to_str(f_profilepicture, "KworkUser.profilepicture")
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "KworkUser.description")
    f_slogan = g("slogan")
    if f_slogan is not None and f_slogan.__class__ is not str:
        f_slogan = _c.to_str(f_slogan, "KworkUser.slogan")
    f_fullname = g("fullname")
    if f_fullname is not None and f_fullname.__class__ is not str:
        f_fullname = _c.to_str(f_fullname, "KworkUser.fullname")
    f_level_description = g("level_description")
    if f_level_description is not None and f_level_description.__class__ is not str:
        f_level_description = _c.to_str(f_level_description, "KworkUser.level_description")
    f_cover = g("cover")
    if f_cover is not None and f_cover.__class__ is not str:
        f_cover = _c.to_str(f_cover, "KworkUser.cover")
    f_location = g("location")
    if f_location is not None and f_location.__class__ is not str:
        f_location = _c.to_str(f_location, "KworkUser.location")
    f_rating = g("rating")
    if f_rating is not None and f_rating.__class__ is not float and f_rating.__class__ is not int:
        f_rating = _c.to_float(f_rating, "KworkUser.rating")
    f_rating_count = g("rating_count")
    if f_rating_count is not None and f_rating_count.__class__ is not int:
        f_rating_count = _c.to_int(f_rating_count, "KworkUser.rating_count")
    f_good_reviews = g("good_reviews")
    if f_good_reviews is not None and f_good_reviews.__class__ is not int:
        f_good_reviews = _c.to_int(f_good_reviews, "KworkUser.good_reviews")
    f_bad_reviews = g("bad_reviews")
    if f_bad_reviews is not None and f_bad_reviews.__class__ is not int:
        f_bad_reviews = _c.to_int(f_bad_reviews, "KworkUser.bad_reviews")
    f_reviews_count = g("reviews_count")
    if f_reviews_count is not None and f_reviews_count.__class__ is not int:
        f_reviews_count = _c.to_int(f_reviews_count, "KworkUser.reviews_count")
    f_addtime = g("addtime")
    if f_addtime is not None and f_addtime.__class__ is not int:
        f_addtime = _c.to_int(f_addtime, "KworkUser.addtime")
    f_online = g("online")
    if f_online is not None and f_online.__class__ is not bool:
        f_online = _c.to_bool(f_online, "KworkUser.online")
    f_live_date = g("live_date")
    if f_live_date is not None and f_live_date.__class__ is not int:
        f_live_date = _c.to_int(f_live_date, "KworkUser.live_date")
    f_total_amount = g("total_amount")
    if (
        f_total_amount is not None
        and f_total_amount.__class__ is not float
        and f_total_amount.__class__ is not int
    ):
        f_total_amount = _c.to_float(f_total_amount, "KworkUser.total_amount")
    f_hold_amount = g("hold_amount")
    if (
        f_hold_amount is not None
        and f_hold_amount.__class__ is not float
        and f_hold_amount.__class__ is not int
    ):
        f_hold_amount = _c.to_float(f_hold_amount, "KworkUser.hold_amount")
    f_free_amount = g("free_amount")
    if (
        f_free_amount is not None
        and f_free_amount.__class__ is not float
        and f_free_amount.__class__ is not int
    ):
        f_free_amount = _c.to_float(f_free_amount, "KworkUser.free_amount")
    f_currency = g("currency")
    if f_currency is not None and f_currency.__class__ is not str:
        f_currency = _c.to_str(f_currency, "KworkUser.currency")
    f_inbox_archive_count = g("inbox_archive_count")
    if f_inbox_archive_count is not None and f_inbox_archive_count.__class__ is not int:
        f_inbox_archive_count = _c.to_int(f_inbox_archive_count, "KworkUser.inbox_archive_count")
    f_unread_dialog_count = g("unread_dialog_count")
    if f_unread_dialog_count is not None and f_unread_dialog_count.__class__ is not int:
        f_unread_dialog_count = _c.to_int(f_unread_dialog_count, "KworkUser.unread_dialog_count")
    f_unread_messages_count = g("unread_messages_count")
    if f_unread_messages_count is not None and f_unread_messages_count.__class__ is not int:
        f_unread_messages_count = _c.to_int(f_unread_messages_count, "KworkUser.unread_messages_count")
    f_warning_inbox_count = g("warning_inbox_count")
    if f_warning_inbox_count is not None and f_warning_inbox_count.__class__ is not int:
        f_warning_inbox_count = _c.to_int(f_warning_inbox_count, "KworkUser.warning_inbox_count")
    f_notify_unread_count = g("notify_unread_count")
    if f_notify_unread_count is not None and f_notify_unread_count.__class__ is not int:
        f_notify_unread_count = _c.to_int(f_notify_unread_count, "KworkUser.notify_unread_count")
    f_app_notify_count = g("app_notify_count")
    if f_app_notify_count is not None and f_app_notify_count.__class__ is not int:
        f_app_notify_count = _c.to_int(f_app_notify_count, "KworkUser.app_notify_count")
    f_red_notify = g("red_notify")
    if f_red_notify is not None and f_red_notify.__class__ is not bool:
        f_red_notify = _c.to_bool(f_red_notify, "KworkUser.red_notify")
    f_country_id = g("country_id")
    if f_country_id is not None and f_country_id.__class__ is not int:
        f_country_id = _c.to_int(f_country_id, "KworkUser.country_id")
    f_city_id = g("city_id")
    if f_city_id is not None and f_city_id.__class__ is not int:
        f_city_id = _c.to_int(f_city_id, "KworkUser.city_id")
    f_timezone_id = g("timezone_id")
    if f_timezone_id is None:
        f_timezone_id = g("timezoneId")
    if f_timezone_id is not None and f_timezone_id.__class__ is not int:
        f_timezone_id = _c.to_int(f_timezone_id, "KworkUser.timezone_id")
    f_allow_mobile_push = g("allow_mobile_push")
    if f_allow_mobile_push is not None and f_allow_mobile_push.__class__ is not bool:
        f_allow_mobile_push = _c.to_bool(f_allow_mobile_push, "KworkUser.allow_mobile_push")
    f_push_notifications_sound_allowed = g("pushNotificationsSoundAllowed")
    if (
        f_push_notifications_sound_allowed is not None
        and f_push_notifications_sound_allowed.__class__ is not bool
    ):
        f_push_notifications_sound_allowed = _c.to_bool(
            f_push_notifications_sound_allowed, "KworkUser.push_notifications_sound_allowed"
        )
    f_is_more_payer = g("is_more_payer")
    if f_is_more_payer is not None and f_is_more_payer.__class__ is not bool:
        f_is_more_payer = _c.to_bool(f_is_more_payer, "KworkUser.is_more_payer")
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "KworkUser.kworks_count")
    f_favourite_kworks_count = g("favourite_kworks_count")
    if f_favourite_kworks_count is not None and f_favourite_kworks_count.__class__ is not int:
        f_favourite_kworks_count = _c.to_int(f_favourite_kworks_count, "KworkUser.favourite_kworks_count")
    f_hidden_kworks_count = g("hidden_kworks_count")
    if f_hidden_kworks_count is not None and f_hidden_kworks_count.__class__ is not int:
        f_hidden_kworks_count = _c.to_int(f_hidden_kworks_count, "KworkUser.hidden_kworks_count")
    f_kworks_available_at_weekends = g("kworks_available_at_weekends")
    if f_kworks_available_at_weekends is not None and f_kworks_available_at_weekends.__class__ is not bool:
        f_kworks_available_at_weekends = _c.to_bool(
            f_kworks_available_at_weekends, "KworkUser.kworks_available_at_weekends"
        )
    f_worker_status = g("worker_status")
    if f_worker_status is not None and f_worker_status.__class__ is not str:
        f_worker_status = _c.to_str(f_worker_status, "KworkUser.worker_status")
    f_has_offers = g("has_offers")
    if f_has_offers is not None and f_has_offers.__class__ is not bool:
        f_has_offers = _c.to_bool(f_has_offers, "KworkUser.has_offers")
    f_wants_count = g("wants_count")
    if f_wants_count is not None and f_wants_count.__class__ is not int:
        f_wants_count = _c.to_int(f_wants_count, "KworkUser.wants_count")
    f_offers_count = g("offers_count")
    if f_offers_count is not None and f_offers_count.__class__ is not int:
        f_offers_count = _c.to_int(f_offers_count, "KworkUser.offers_count")
    f_archived_wants_count = g("archived_wants_count")
    if f_archived_wants_count is not None and f_archived_wants_count.__class__ is not int:
        f_archived_wants_count = _c.to_int(f_archived_wants_count, "KworkUser.archived_wants_count")
    f_black_friday_for_sellers = g("black_friday_for_sellers")
    if f_black_friday_for_sellers is not None and f_black_friday_for_sellers.__class__ is not bool:
        f_black_friday_for_sellers = _c.to_bool(
            f_black_friday_for_sellers, "KworkUser.black_friday_for_sellers"
        )
    f_specialization = g("specialization")
    f_profession = g("profession")
    if f_profession is not None and f_profession.__class__ is not str:
        f_profession = _c.to_str(f_profession, "KworkUser.profession")
    f_achievments_list = g("achievments_list")
    if f_achievments_list is not None:
        if f_achievments_list.__class__ is list:
            f_achievments_list = list(map(_m_badge.Badge._from_wire, f_achievments_list))
        else:
            f_achievments_list = _c.to_list(
                f_achievments_list, _m_badge.Badge._from_wire, "KworkUser.achievments_list"
            )
    f_completed_orders_count = g("completed_orders_count")
    if f_completed_orders_count is not None and f_completed_orders_count.__class__ is not int:
        f_completed_orders_count = _c.to_int(f_completed_orders_count, "KworkUser.completed_orders_count")
    f_order_done_persent = g("order_done_persent")
    if f_order_done_persent is not None and f_order_done_persent.__class__ is not int:
        f_order_done_persent = _c.to_int(f_order_done_persent, "KworkUser.order_done_persent")
    f_order_done_intime_persent = g("order_done_intime_persent")
    if f_order_done_intime_persent is not None and f_order_done_intime_persent.__class__ is not int:
        f_order_done_intime_persent = _c.to_int(
            f_order_done_intime_persent, "KworkUser.order_done_intime_persent"
        )
    f_order_done_repeat_persent = g("order_done_repeat_persent")
    if f_order_done_repeat_persent is not None and f_order_done_repeat_persent.__class__ is not int:
        f_order_done_repeat_persent = _c.to_int(
            f_order_done_repeat_persent, "KworkUser.order_done_repeat_persent"
        )
    f_custom_request_min_budget = g("custom_request_min_budget")
    if (
        f_custom_request_min_budget is not None
        and f_custom_request_min_budget.__class__ is not float
        and f_custom_request_min_budget.__class__ is not int
    ):
        f_custom_request_min_budget = _c.to_float(
            f_custom_request_min_budget, "KworkUser.custom_request_min_budget"
        )
    f_is_allow_custom_request = g("is_allow_custom_request")
    if f_is_allow_custom_request is not None and f_is_allow_custom_request.__class__ is not bool:
        f_is_allow_custom_request = _c.to_bool(f_is_allow_custom_request, "KworkUser.is_allow_custom_request")
    f_blocked_by_user = g("blocked_by_user")
    if f_blocked_by_user is not None and f_blocked_by_user.__class__ is not bool:
        f_blocked_by_user = _c.to_bool(f_blocked_by_user, "KworkUser.blocked_by_user")
    f_allowed_dialog = g("allowedDialog")
    if f_allowed_dialog is not None and f_allowed_dialog.__class__ is not bool:
        f_allowed_dialog = _c.to_bool(f_allowed_dialog, "KworkUser.allowed_dialog")
    f_is_verified_worker = g("is_verified_worker")
    if f_is_verified_worker is not None and f_is_verified_worker.__class__ is not bool:
        f_is_verified_worker = _c.to_bool(f_is_verified_worker, "KworkUser.is_verified_worker")
    f_is_cashless_payment_available = g("is_cashless_payment_available")
    if f_is_cashless_payment_available is not None and f_is_cashless_payment_available.__class__ is not bool:
        f_is_cashless_payment_available = _c.to_bool(
            f_is_cashless_payment_available, "KworkUser.is_cashless_payment_available"
        )
    f_is_stop_work = g("is_stop_work")
    f_skills = g("skills")
    if f_skills is not None:
        if f_skills.__class__ is list:
            f_skills = list(map(_m_user_skill.UserSkill._from_wire, f_skills))
        else:
            f_skills = _c.to_list(f_skills, _m_user_skill.UserSkill._from_wire, "KworkUser.skills")
    f_note = g("note")
    if f_note is not None:
        f_note = _c.to_model(f_note, _m_user_note.UserNote._from_wire, "KworkUser.note")
    f_kworks = g("kworks")
    if f_kworks is not None:
        if f_kworks.__class__ is list:
            f_kworks = list(map(_m_kwork_card.KworkCard._from_wire, f_kworks))
        else:
            f_kworks = _c.to_list(f_kworks, _m_kwork_card.KworkCard._from_wire, "KworkUser.kworks")
    f_portfolio_list = g("portfolio_list")
    if f_portfolio_list is not None:
        if f_portfolio_list.__class__ is list:
            f_portfolio_list = list(map(_m_portfolio_item.PortfolioItem._from_wire, f_portfolio_list))
        else:
            f_portfolio_list = _c.to_list(
                f_portfolio_list, _m_portfolio_item.PortfolioItem._from_wire, "KworkUser.portfolio_list"
            )
    f_reviews = g("reviews")
    if f_reviews is not None:
        if f_reviews.__class__ is list:
            f_reviews = list(map(_m_user_review.UserReview._from_wire, f_reviews))
        else:
            f_reviews = _c.to_list(f_reviews, _m_user_review.UserReview._from_wire, "KworkUser.reviews")
    f_yescrow_payer = g("yescrow_payer")
    if f_yescrow_payer is not None:
        f_yescrow_payer = _c.to_model(
            f_yescrow_payer, _m_yescrow_payer.YescrowPayer._from_wire, "KworkUser.yescrow_payer"
        )
    f_yescrow_applicants = g("yescrow_applicants")
    if f_yescrow_applicants is not None:
        f_yescrow_applicants = _c.to_model(
            f_yescrow_applicants,
            _m_yescrow_applicants.YescrowApplicants._from_wire,
            "KworkUser.yescrow_applicants",
        )
    o = _new(KworkUser)
    _s_id(o, f_id)
    _s_username(o, f_username)
    _s_status(o, f_status)
    _s_email(o, f_email)
    _s_type(o, f_type)
    _s_verified(o, f_verified)
    _s_profilepicture(o, f_profilepicture)
    _s_description(o, f_description)
    _s_slogan(o, f_slogan)
    _s_fullname(o, f_fullname)
    _s_level_description(o, f_level_description)
    _s_cover(o, f_cover)
    _s_location(o, f_location)
    _s_rating(o, f_rating)
    _s_rating_count(o, f_rating_count)
    _s_good_reviews(o, f_good_reviews)
    _s_bad_reviews(o, f_bad_reviews)
    _s_reviews_count(o, f_reviews_count)
    _s_addtime(o, f_addtime)
    _s_online(o, f_online)
    _s_live_date(o, f_live_date)
    _s_total_amount(o, f_total_amount)
    _s_hold_amount(o, f_hold_amount)
    _s_free_amount(o, f_free_amount)
    _s_currency(o, f_currency)
    _s_inbox_archive_count(o, f_inbox_archive_count)
    _s_unread_dialog_count(o, f_unread_dialog_count)
    _s_unread_messages_count(o, f_unread_messages_count)
    _s_warning_inbox_count(o, f_warning_inbox_count)
    _s_notify_unread_count(o, f_notify_unread_count)
    _s_app_notify_count(o, f_app_notify_count)
    _s_red_notify(o, f_red_notify)
    _s_country_id(o, f_country_id)
    _s_city_id(o, f_city_id)
    _s_timezone_id(o, f_timezone_id)
    _s_allow_mobile_push(o, f_allow_mobile_push)
    _s_push_notifications_sound_allowed(o, f_push_notifications_sound_allowed)
    _s_is_more_payer(o, f_is_more_payer)
    _s_kworks_count(o, f_kworks_count)
    _s_favourite_kworks_count(o, f_favourite_kworks_count)
    _s_hidden_kworks_count(o, f_hidden_kworks_count)
    _s_kworks_available_at_weekends(o, f_kworks_available_at_weekends)
    _s_worker_status(o, f_worker_status)
    _s_has_offers(o, f_has_offers)
    _s_wants_count(o, f_wants_count)
    _s_offers_count(o, f_offers_count)
    _s_archived_wants_count(o, f_archived_wants_count)
    _s_black_friday_for_sellers(o, f_black_friday_for_sellers)
    _s_specialization(o, f_specialization)
    _s_profession(o, f_profession)
    _s_achievments_list(o, f_achievments_list)
    _s_completed_orders_count(o, f_completed_orders_count)
    _s_order_done_persent(o, f_order_done_persent)
    _s_order_done_intime_persent(o, f_order_done_intime_persent)
    _s_order_done_repeat_persent(o, f_order_done_repeat_persent)
    _s_custom_request_min_budget(o, f_custom_request_min_budget)
    _s_is_allow_custom_request(o, f_is_allow_custom_request)
    _s_blocked_by_user(o, f_blocked_by_user)
    _s_allowed_dialog(o, f_allowed_dialog)
    _s_is_verified_worker(o, f_is_verified_worker)
    _s_is_cashless_payment_available(o, f_is_cashless_payment_available)
    _s_is_stop_work(o, f_is_stop_work)
    _s_skills(o, f_skills)
    _s_note(o, f_note)
    _s_kworks(o, f_kworks)
    _s_portfolio_list(o, f_portfolio_list)
    _s_reviews(o, f_reviews)
    _s_yescrow_payer(o, f_yescrow_payer)
    _s_yescrow_applicants(o, f_yescrow_applicants)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkUser._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
