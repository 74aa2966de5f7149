"""Want: A project (want) with its statistics, as its buyer sees it in their own list.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    views_history: list[WantDailyViews] | None = None
    category_base_price: float | None = None
    allow_higher_price: bool | None = None
    possible_price_limit: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "Want") -> Want:
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
        if f_price_limit is not None and f_price_limit.__class__ is not float:
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
            f_views_history = _c.to_list(
                f_views_history, _m_want_daily_views.WantDailyViews._from_wire, "Want.views_history"
            )
        f_category_base_price = g("category_base_price")
        if f_category_base_price is not None and f_category_base_price.__class__ is not float:
            f_category_base_price = _c.to_float(f_category_base_price, "Want.category_base_price")
        f_allow_higher_price = g("allow_higher_price")
        if f_allow_higher_price is not None and f_allow_higher_price.__class__ is not bool:
            f_allow_higher_price = _c.to_bool(f_allow_higher_price, "Want.allow_higher_price")
        f_possible_price_limit = g("possible_price_limit")
        if f_possible_price_limit is not None and f_possible_price_limit.__class__ is not float:
            f_possible_price_limit = _c.to_float(f_possible_price_limit, "Want.possible_price_limit")
        extra = d.keys() - _KNOWN
        return Want(
            f_id,
            f_title,
            f_description,
            f_status,
            f_want_status_id,
            f_date_create,
            f_date_active,
            f_date_expire,
            f_date_reject,
            f_price_limit,
            f_views,
            f_orders,
            f_offers,
            f_views_history,
            f_category_base_price,
            f_allow_higher_price,
            f_possible_price_limit,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
