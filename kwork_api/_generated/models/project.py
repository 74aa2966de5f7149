"""Project: A project (buyer request) on the exchange, as a freelancer sees it.

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
        "status",
        "user_id",
        "username",
        "profile_picture",
        "price",
        "title",
        "description",
        "offers",
        "time_left",
        "parent_category_id",
        "category_id",
        "date_confirm",
        "category_base_price",
        "user_projects_count",
        "user_hired_percent",
        "user_active_projects_count",
        "achievements_list",
        "is_viewed",
        "already_work",
        "allow_higher_price",
        "possible_price_limit",
        "user_need_portfolio",
        "user_need_portfolio_rubric_name",
        "user_need_kwork",
        "has_offer",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Project(KworkModel):
    """A project (buyer request) on the exchange, as a freelancer sees it.

    Attributes:
        id: Project id.
        status: Project status code, such as `active`.
        user_id: Id of the buyer.
        username: The buyer's login name.
        profile_picture: The buyer's avatar image URL.
        price: The buyer's budget, in the account's currency.
        title: Project title.
        description: What the buyer needs (may be shortened in lists).
        offers: Number of offers sent so far.
        time_left: Time left until the project stops taking offers, in seconds.
        parent_category_id: Id of the project's top-level category.
        category_id: Id of the project's subcategory.
        date_confirm: When moderation first approved the project, or approved it again after a
            restart (Unix time).
        category_base_price: Typical lowest price of work in the project's category, in the
            account's currency.
        user_projects_count: Number of projects the buyer has posted on the exchange.
        user_hired_percent: Share of the buyer's projects that ended in hiring someone, in
            percent.
        user_active_projects_count: Number of the buyer's projects open now.
        achievements_list: The buyer's profile badges.
        is_viewed: True when the signed-in user has opened the project before.
        already_work: Status code of the last order between the signed-in user and the buyer; 0
            when they have none (3 and 5 are also seen).
        allow_higher_price: True when the buyer will consider offers above the budget.
        possible_price_limit: Highest offer price the buyer will consider, counting
            `allow_higher_price`.
        user_need_portfolio: Code telling whether the freelancer needs a portfolio item in the
            project's category before sending an offer; 0 when none is needed.
        user_need_portfolio_rubric_name: Name of the category the required portfolio item must
            be in.
        user_need_kwork: Code telling whether the freelancer needs an active kwork in the
            project's category before sending an offer; 0 when none is needed.
        has_offer: True when the signed-in freelancer has already sent an offer.
    """

    id: int
    status: str | None = None
    user_id: int | None = None
    username: str | None = None
    profile_picture: str | None = None
    price: float | None = None
    title: str | None = None
    description: str | None = None
    offers: int | None = None
    time_left: int | None = None
    parent_category_id: int | None = None
    category_id: int | None = None
    date_confirm: int | None = None
    category_base_price: float | None = None
    user_projects_count: int | None = None
    user_hired_percent: int | None = None
    user_active_projects_count: int | None = None
    achievements_list: list[Badge] | None = _attrs.field(default=None, hash=False)
    is_viewed: bool | None = None
    already_work: int | None = None
    allow_higher_price: bool | None = None
    possible_price_limit: float | None = None
    user_need_portfolio: int | None = None
    user_need_portfolio_rubric_name: str | None = None
    user_need_kwork: int | None = None
    has_offer: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("status", "status", "str | None"),
        ("user_id", "user_id", "int | None"),
        ("username", "username", "str | None"),
        ("profile_picture", "profile_picture", "str | None"),
        ("price", "price", "float | None"),
        ("title", "title", "str | None"),
        ("description", "description", "str | None"),
        ("offers", "offers", "int | None"),
        ("time_left", "time_left", "int | None"),
        ("parent_category_id", "parent_category_id", "int | None"),
        ("category_id", "category_id", "int | None"),
        ("date_confirm", "date_confirm", "int | None"),
        ("category_base_price", "category_base_price", "float | None"),
        ("user_projects_count", "user_projects_count", "int | None"),
        ("user_hired_percent", "user_hired_percent", "int | None"),
        ("user_active_projects_count", "user_active_projects_count", "int | None"),
        ("achievements_list", "achievements_list", "list[Badge] | None"),
        ("is_viewed", "is_viewed", "bool | None"),
        ("already_work", "already_work", "int | None"),
        ("allow_higher_price", "allow_higher_price", "bool | None"),
        ("possible_price_limit", "possible_price_limit", "float | None"),
        ("user_need_portfolio", "user_need_portfolio", "int | None"),
        ("user_need_portfolio_rubric_name", "user_need_portfolio_rubric_name", "str | None"),
        ("user_need_kwork", "user_need_kwork", "int | None"),
        ("has_offer", "has_offer", "bool | None"),
    )

    @property
    def budget(self) -> float | None:
        """Same as `price`."""
        return self.price

    @property
    def bids_count(self) -> int | None:
        """Same as `offers`."""
        return self.offers

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Project]]


def _from_wire(
    d: Any,
    where: str = "Project",
    _new: Callable[[type[Project]], Project] = object.__new__,
    _s_id: Callable[[Project, Any], None] = Project.__dict__["id"].__set__,
    _s_status: Callable[[Project, Any], None] = Project.__dict__["status"].__set__,
    _s_user_id: Callable[[Project, Any], None] = Project.__dict__["user_id"].__set__,
    _s_username: Callable[[Project, Any], None] = Project.__dict__["username"].__set__,
    _s_profile_picture: Callable[[Project, Any], None] = Project.__dict__["profile_picture"].__set__,
    _s_price: Callable[[Project, Any], None] = Project.__dict__["price"].__set__,
    _s_title: Callable[[Project, Any], None] = Project.__dict__["title"].__set__,
    _s_description: Callable[[Project, Any], None] = Project.__dict__["description"].__set__,
    _s_offers: Callable[[Project, Any], None] = Project.__dict__["offers"].__set__,
    _s_time_left: Callable[[Project, Any], None] = Project.__dict__["time_left"].__set__,
    _s_parent_category_id: Callable[[Project, Any], None] = Project.__dict__["parent_category_id"].__set__,
    _s_category_id: Callable[[Project, Any], None] = Project.__dict__["category_id"].__set__,
    _s_date_confirm: Callable[[Project, Any], None] = Project.__dict__["date_confirm"].__set__,
    _s_category_base_price: Callable[[Project, Any], None] = Project.__dict__["category_base_price"].__set__,
    _s_user_projects_count: Callable[[Project, Any], None] = Project.__dict__["user_projects_count"].__set__,
    _s_user_hired_percent: Callable[[Project, Any], None] = Project.__dict__["user_hired_percent"].__set__,
    _s_user_active_projects_count: Callable[[Project, Any], None] = Project.__dict__[
        "user_active_projects_count"
    ].__set__,
    _s_achievements_list: Callable[[Project, Any], None] = Project.__dict__["achievements_list"].__set__,
    _s_is_viewed: Callable[[Project, Any], None] = Project.__dict__["is_viewed"].__set__,
    _s_already_work: Callable[[Project, Any], None] = Project.__dict__["already_work"].__set__,
    _s_allow_higher_price: Callable[[Project, Any], None] = Project.__dict__["allow_higher_price"].__set__,
    _s_possible_price_limit: Callable[[Project, Any], None] = Project.__dict__[
        "possible_price_limit"
    ].__set__,
    _s_user_need_portfolio: Callable[[Project, Any], None] = Project.__dict__["user_need_portfolio"].__set__,
    _s_user_need_portfolio_rubric_name: Callable[[Project, Any], None] = Project.__dict__[
        "user_need_portfolio_rubric_name"
    ].__set__,
    _s_user_need_kwork: Callable[[Project, Any], None] = Project.__dict__["user_need_kwork"].__set__,
    _s_has_offer: Callable[[Project, Any], None] = Project.__dict__["has_offer"].__set__,
    _s_additional_properties: Callable[[Project, Any], None] = Project.__dict__[
        "additional_properties"
    ].__set__,
) -> Project:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "Project.id")
        if f_id is None:
            raise _c.missing("Project.id")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "Project.status")
    f_user_id = g("user_id")
    if f_user_id is not None and f_user_id.__class__ is not int:
        f_user_id = _c.to_int(f_user_id, "Project.user_id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "Project.username")
    f_profile_picture = g("profile_picture")
    if f_profile_picture is not None and f_profile_picture.__class__ is not str:
        f_profile_picture = _c.to_str(f_profile_picture, "Project.profile_picture")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "Project.price")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "Project.title")
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "Project.description")
    f_offers = g("offers")
    if f_offers is not None and f_offers.__class__ is not int:
        f_offers = _c.to_int(f_offers, "Project.offers")
    f_time_left = g("time_left")
    if f_time_left is not None and f_time_left.__class__ is not int:
        f_time_left = _c.to_int(f_time_left, "Project.time_left")
    f_parent_category_id = g("parent_category_id")
    if f_parent_category_id is not None and f_parent_category_id.__class__ is not int:
        f_parent_category_id = _c.to_int(f_parent_category_id, "Project.parent_category_id")
    f_category_id = g("category_id")
    if f_category_id is not None and f_category_id.__class__ is not int:
        f_category_id = _c.to_int(f_category_id, "Project.category_id")
    f_date_confirm = g("date_confirm")
    if f_date_confirm is not None and f_date_confirm.__class__ is not int:
        f_date_confirm = _c.to_int(f_date_confirm, "Project.date_confirm")
    f_category_base_price = g("category_base_price")
    if (
        f_category_base_price is not None
        and f_category_base_price.__class__ is not float
        and f_category_base_price.__class__ is not int
    ):
        f_category_base_price = _c.to_float(f_category_base_price, "Project.category_base_price")
    f_user_projects_count = g("user_projects_count")
    if f_user_projects_count is not None and f_user_projects_count.__class__ is not int:
        f_user_projects_count = _c.to_int(f_user_projects_count, "Project.user_projects_count")
    f_user_hired_percent = g("user_hired_percent")
    if f_user_hired_percent is not None and f_user_hired_percent.__class__ is not int:
        f_user_hired_percent = _c.to_int(f_user_hired_percent, "Project.user_hired_percent")
    f_user_active_projects_count = g("user_active_projects_count")
    if f_user_active_projects_count is not None and f_user_active_projects_count.__class__ is not int:
        f_user_active_projects_count = _c.to_int(
            f_user_active_projects_count, "Project.user_active_projects_count"
        )
    f_achievements_list = g("achievements_list")
    if f_achievements_list is not None:
        if f_achievements_list.__class__ is list:
            f_achievements_list = list(map(_m_badge.Badge._from_wire, f_achievements_list))
        else:
            f_achievements_list = _c.to_list(
                f_achievements_list, _m_badge.Badge._from_wire, "Project.achievements_list"
            )
    f_is_viewed = g("is_viewed")
    if f_is_viewed is not None and f_is_viewed.__class__ is not bool:
        f_is_viewed = _c.to_bool(f_is_viewed, "Project.is_viewed")
    f_already_work = g("already_work")
    if f_already_work is not None and f_already_work.__class__ is not int:
        f_already_work = _c.to_int(f_already_work, "Project.already_work")
    f_allow_higher_price = g("allow_higher_price")
    if f_allow_higher_price is not None and f_allow_higher_price.__class__ is not bool:
        f_allow_higher_price = _c.to_bool(f_allow_higher_price, "Project.allow_higher_price")
    f_possible_price_limit = g("possible_price_limit")
    if (
        f_possible_price_limit is not None
        and f_possible_price_limit.__class__ is not float
        and f_possible_price_limit.__class__ is not int
    ):
        f_possible_price_limit = _c.to_float(f_possible_price_limit, "Project.possible_price_limit")
    f_user_need_portfolio = g("user_need_portfolio")
    if f_user_need_portfolio is not None and f_user_need_portfolio.__class__ is not int:
        f_user_need_portfolio = _c.to_int(f_user_need_portfolio, "Project.user_need_portfolio")
    f_user_need_portfolio_rubric_name = g("user_need_portfolio_rubric_name")
    if (
        f_user_need_portfolio_rubric_name is not None
        and f_user_need_portfolio_rubric_name.__class__ is not str
    ):
        f_user_need_portfolio_rubric_name = _c.to_str(
            f_user_need_portfolio_rubric_name, "Project.user_need_portfolio_rubric_name"
        )
    f_user_need_kwork = g("user_need_kwork")
    if f_user_need_kwork is not None and f_user_need_kwork.__class__ is not int:
        f_user_need_kwork = _c.to_int(f_user_need_kwork, "Project.user_need_kwork")
    f_has_offer = g("has_offer")
    if f_has_offer is not None and f_has_offer.__class__ is not bool:
        f_has_offer = _c.to_bool(f_has_offer, "Project.has_offer")
    o = _new(Project)
    _s_id(o, f_id)
    _s_status(o, f_status)
    _s_user_id(o, f_user_id)
    _s_username(o, f_username)
    _s_profile_picture(o, f_profile_picture)
    _s_price(o, f_price)
    _s_title(o, f_title)
    _s_description(o, f_description)
    _s_offers(o, f_offers)
    _s_time_left(o, f_time_left)
    _s_parent_category_id(o, f_parent_category_id)
    _s_category_id(o, f_category_id)
    _s_date_confirm(o, f_date_confirm)
    _s_category_base_price(o, f_category_base_price)
    _s_user_projects_count(o, f_user_projects_count)
    _s_user_hired_percent(o, f_user_hired_percent)
    _s_user_active_projects_count(o, f_user_active_projects_count)
    _s_achievements_list(o, f_achievements_list)
    _s_is_viewed(o, f_is_viewed)
    _s_already_work(o, f_already_work)
    _s_allow_higher_price(o, f_allow_higher_price)
    _s_possible_price_limit(o, f_possible_price_limit)
    _s_user_need_portfolio(o, f_user_need_portfolio)
    _s_user_need_portfolio_rubric_name(o, f_user_need_portfolio_rubric_name)
    _s_user_need_kwork(o, f_user_need_kwork)
    _s_has_offer(o, f_has_offer)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Project._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
