"""Want: A project (want) with its statistics, as its buyer sees it in their own list.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import want_daily_views as _m_want_daily_views

if TYPE_CHECKING:
    from .want_daily_views import WantDailyViews

_KNOWN = frozenset(
    {
        "id",
        "title",
        "description",
        "status",
        "want_status_id",
        "date_create",
        "date_active",
        "date_expire",
        "date_reject",
        "price_limit",
        "views",
        "orders",
        "offers",
        "views_history",
        "category_base_price",
        "allow_higher_price",
        "possible_price_limit",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Want(KworkModel):
    """A project (want) with its statistics, as its buyer sees it in their own list.

    Attributes:
        id: Project id.
        title: Project title.
        description: What the buyer needs.
        status: Project status code, such as `active`, `stop` or `archived`.
        want_status_id: Id of the status tab the project is listed under (see
            `get_wants_by_status`).
        date_create: When the project was created (Unix time).
        date_active: When the project went live on the exchange (Unix time).
        date_expire: When the project stops taking offers (Unix time).
        date_reject: When moderation rejected the project (Unix time); null unless rejected.
        price_limit: The buyer's budget, in the account's currency.
        views: Number of times freelancers viewed the project.
        orders: Number of orders made from the project's offers.
        offers: Number of offers received.
        views_history: Views per day.
        category_base_price: Typical lowest price of work in the project's category, in the
            account's currency.
        allow_higher_price: True when the buyer will consider offers above the budget.
        possible_price_limit: Highest offer price the buyer will consider, counting
            `allow_higher_price`.
    """

    id: int
    title: str | None = None
    description: str | None = None
    status: str | None = None
    want_status_id: int | None = None
    date_create: int | None = None
    date_active: int | None = None
    date_expire: int | None = None
    date_reject: int | None = None
    price_limit: float | None = None
    views: int | None = None
    orders: int | None = None
    offers: int | None = None
    views_history: list[WantDailyViews] | None = _attrs.field(default=None, hash=False)
    category_base_price: float | None = None
    allow_higher_price: bool | None = None
    possible_price_limit: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("description", "description", "str | None"),
        ("status", "status", "str | None"),
        ("want_status_id", "want_status_id", "int | None"),
        ("date_create", "date_create", "int | None"),
        ("date_active", "date_active", "int | None"),
        ("date_expire", "date_expire", "int | None"),
        ("date_reject", "date_reject", "int | None"),
        ("price_limit", "price_limit", "float | None"),
        ("views", "views", "int | None"),
        ("orders", "orders", "int | None"),
        ("offers", "offers", "int | None"),
        ("views_history", "views_history", "list[WantDailyViews] | None"),
        ("category_base_price", "category_base_price", "float | None"),
        ("allow_higher_price", "allow_higher_price", "bool | None"),
        ("possible_price_limit", "possible_price_limit", "float | None"),
    )

    @property
    def budget(self) -> float | None:
        """Same as `price_limit`."""
        return self.price_limit

    @property
    def bids_count(self) -> int | None:
        """Same as `offers`."""
        return self.offers

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Want]]


def _from_wire(
    d: Any,
    where: str = "Want",
    _new: Callable[[type[Want]], Want] = object.__new__,
    _s_id: Callable[[Want, Any], None] = Want.__dict__["id"].__set__,
    _s_title: Callable[[Want, Any], None] = Want.__dict__["title"].__set__,
    _s_description: Callable[[Want, Any], None] = Want.__dict__["description"].__set__,
    _s_status: Callable[[Want, Any], None] = Want.__dict__["status"].__set__,
    _s_want_status_id: Callable[[Want, Any], None] = Want.__dict__["want_status_id"].__set__,
    _s_date_create: Callable[[Want, Any], None] = Want.__dict__["date_create"].__set__,
    _s_date_active: Callable[[Want, Any], None] = Want.__dict__["date_active"].__set__,
    _s_date_expire: Callable[[Want, Any], None] = Want.__dict__["date_expire"].__set__,
    _s_date_reject: Callable[[Want, Any], None] = Want.__dict__["date_reject"].__set__,
    _s_price_limit: Callable[[Want, Any], None] = Want.__dict__["price_limit"].__set__,
    _s_views: Callable[[Want, Any], None] = Want.__dict__["views"].__set__,
    _s_orders: Callable[[Want, Any], None] = Want.__dict__["orders"].__set__,
    _s_offers: Callable[[Want, Any], None] = Want.__dict__["offers"].__set__,
    _s_views_history: Callable[[Want, Any], None] = Want.__dict__["views_history"].__set__,
    _s_category_base_price: Callable[[Want, Any], None] = Want.__dict__["category_base_price"].__set__,
    _s_allow_higher_price: Callable[[Want, Any], None] = Want.__dict__["allow_higher_price"].__set__,
    _s_possible_price_limit: Callable[[Want, Any], None] = Want.__dict__["possible_price_limit"].__set__,
    _s_additional_properties: Callable[[Want, Any], None] = Want.__dict__["additional_properties"].__set__,
) -> Want:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "Want.id")
        if f_id is None:
            raise _c.missing("Want.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "Want.title")
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "Want.description")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "Want.status")
    f_want_status_id = g("want_status_id")
    if f_want_status_id is not None and f_want_status_id.__class__ is not int:
        f_want_status_id = _c.to_int(f_want_status_id, "Want.want_status_id")
    f_date_create = g("date_create")
    if f_date_create is not None and f_date_create.__class__ is not int:
        f_date_create = _c.to_int(f_date_create, "Want.date_create")
    f_date_active = g("date_active")
    if f_date_active is not None and f_date_active.__class__ is not int:
        f_date_active = _c.to_int(f_date_active, "Want.date_active")
    f_date_expire = g("date_expire")
    if f_date_expire is not None and f_date_expire.__class__ is not int:
        f_date_expire = _c.to_int(f_date_expire, "Want.date_expire")
    f_date_reject = g("date_reject")
    if f_date_reject is not None and f_date_reject.__class__ is not int:
        f_date_reject = _c.to_int(f_date_reject, "Want.date_reject")
    f_price_limit = g("price_limit")
    if (
        f_price_limit is not None
        and f_price_limit.__class__ is not float
        and f_price_limit.__class__ is not int
    ):
        f_price_limit = _c.to_float(f_price_limit, "Want.price_limit")
    f_views = g("views")
    if f_views is not None and f_views.__class__ is not int:
        f_views = _c.to_int(f_views, "Want.views")
    f_orders = g("orders")
    if f_orders is not None and f_orders.__class__ is not int:
        f_orders = _c.to_int(f_orders, "Want.orders")
    f_offers = g("offers")
    if f_offers is not None and f_offers.__class__ is not int:
        f_offers = _c.to_int(f_offers, "Want.offers")
    f_views_history = g("views_history")
    if f_views_history is not None:
        if f_views_history.__class__ is list:
            f_views_history = list(map(_m_want_daily_views.WantDailyViews._from_wire, f_views_history))
        else:
            f_views_history = _c.to_list(
                f_views_history, _m_want_daily_views.WantDailyViews._from_wire, "Want.views_history"
            )
    f_category_base_price = g("category_base_price")
    if (
        f_category_base_price is not None
        and f_category_base_price.__class__ is not float
        and f_category_base_price.__class__ is not int
    ):
        f_category_base_price = _c.to_float(f_category_base_price, "Want.category_base_price")
    f_allow_higher_price = g("allow_higher_price")
    if f_allow_higher_price is not None and f_allow_higher_price.__class__ is not bool:
        f_allow_higher_price = _c.to_bool(f_allow_higher_price, "Want.allow_higher_price")
    f_possible_price_limit = g("possible_price_limit")
    if (
        f_possible_price_limit is not None
        and f_possible_price_limit.__class__ is not float
        and f_possible_price_limit.__class__ is not int
    ):
        f_possible_price_limit = _c.to_float(f_possible_price_limit, "Want.possible_price_limit")
    o = _new(Want)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_description(o, f_description)
    _s_status(o, f_status)
    _s_want_status_id(o, f_want_status_id)
    _s_date_create(o, f_date_create)
    _s_date_active(o, f_date_active)
    _s_date_expire(o, f_date_expire)
    _s_date_reject(o, f_date_reject)
    _s_price_limit(o, f_price_limit)
    _s_views(o, f_views)
    _s_orders(o, f_orders)
    _s_offers(o, f_offers)
    _s_views_history(o, f_views_history)
    _s_category_base_price(o, f_category_base_price)
    _s_allow_higher_price(o, f_allow_higher_price)
    _s_possible_price_limit(o, f_possible_price_limit)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Want._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
