"""KworkCard: A kwork (fixed-price service) as a card in lists and on profiles.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_card_activity as _m_kwork_card_activity
from . import kwork_card_badge as _m_kwork_card_badge
from . import kwork_seller as _m_kwork_seller

if TYPE_CHECKING:
    from .kwork_card_activity import KworkCardActivity
    from .kwork_card_badge import KworkCardBadge
    from .kwork_seller import KworkSeller

_KNOWN = frozenset(
    {
        "id",
        "category_id",
        "category_name",
        "classification_id",
        "status_id",
        "status_name",
        "title",
        "image_url",
        "price",
        "is_price_from",
        "is_best",
        "is_hidden",
        "is_favorite",
        "is_viewed",
        "isSubscription",
        "lang",
        "order",
        "worker",
        "edits_list",
        "activity",
        "badges",
        "isBlackFriday",
        "blackFridayPrice",
        "discountPercentage",
        "not_available_for_company",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkCard(KworkModel):
    """A kwork (fixed-price service) as a card in lists and on profiles.

    Attributes:
        id: Kwork id.
        category_id: Id of the kwork's category.
        category_name: Name of the kwork's category.
        classification_id: Id of the kwork's top-level classification value within the category.
        status_id: Kwork status id.
        status_name: Kwork status name.
        title: Kwork title.
        image_url: Path of the cover image.
        price: Price, in the currency of the kwork's language.
        is_price_from: True when the price is a starting price (shown as "from").
        is_best: True when the kwork has the top rating.
        is_hidden: True when the signed-in user has hidden the kwork.
        is_favorite: True when the kwork is in the signed-in user's favourites.
        is_viewed: True when the signed-in user has opened the kwork before.
        is_subscription: True when the kwork is sold as a subscription. Wire name:
            `isSubscription`.
        lang: Language of the kwork (`ru` or `en`), which sets its currency.
        order: Position in the list.
        worker: The seller of a kwork, as shown on its card.
        edits_list: What moderation asks the owner to fix, shown to the owner only.
        activity: Statistics of a kwork, shown to its owner.
        badges: Labels shown on the card.
        is_black_friday: True when the kwork takes part in the Black Friday sale. Wire name:
            `isBlackFriday`.
        black_friday_price: Sale price during Black Friday. Wire name: `blackFridayPrice`.
        discount_percentage: Black Friday discount, in percent. Wire name: `discountPercentage`.
        not_available_for_company: True when a buyer using the "company" sub-role cannot order
            the kwork.
    """

    id: int
    category_id: int | None = None
    category_name: str | None = None
    classification_id: int | None = None
    status_id: int | None = None
    status_name: str | None = None
    title: str | None = None
    image_url: str | None = None
    price: float | None = None
    is_price_from: bool | None = None
    is_best: bool | None = None
    is_hidden: bool | None = None
    is_favorite: bool | None = None
    is_viewed: bool | None = None
    is_subscription: bool | None = None
    lang: str | None = None
    order: int | None = None
    worker: KworkSeller | None = None
    edits_list: list[str] | None = _attrs.field(default=None, hash=False)
    activity: KworkCardActivity | None = None
    badges: list[KworkCardBadge] | None = _attrs.field(default=None, hash=False)
    is_black_friday: bool | None = None
    black_friday_price: float | None = None
    discount_percentage: int | None = None
    not_available_for_company: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("category_id", "category_id", "int | None"),
        ("category_name", "category_name", "str | None"),
        ("classification_id", "classification_id", "int | None"),
        ("status_id", "status_id", "int | None"),
        ("status_name", "status_name", "str | None"),
        ("title", "title", "str | None"),
        ("image_url", "image_url", "str | None"),
        ("price", "price", "float | None"),
        ("is_price_from", "is_price_from", "bool | None"),
        ("is_best", "is_best", "bool | None"),
        ("is_hidden", "is_hidden", "bool | None"),
        ("is_favorite", "is_favorite", "bool | None"),
        ("is_viewed", "is_viewed", "bool | None"),
        ("is_subscription", "isSubscription", "bool | None"),
        ("lang", "lang", "str | None"),
        ("order", "order", "int | None"),
        ("worker", "worker", "KworkSeller | None"),
        ("edits_list", "edits_list", "list[str] | None"),
        ("activity", "activity", "KworkCardActivity | None"),
        ("badges", "badges", "list[KworkCardBadge] | None"),
        ("is_black_friday", "isBlackFriday", "bool | None"),
        ("black_friday_price", "blackFridayPrice", "float | None"),
        ("discount_percentage", "discountPercentage", "int | None"),
        ("not_available_for_company", "not_available_for_company", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkCard]]


def _from_wire(
    d: Any,
    where: str = "KworkCard",
    _new: Callable[[type[KworkCard]], KworkCard] = object.__new__,
    _s_id: Callable[[KworkCard, Any], None] = KworkCard.__dict__["id"].__set__,
    _s_category_id: Callable[[KworkCard, Any], None] = KworkCard.__dict__["category_id"].__set__,
    _s_category_name: Callable[[KworkCard, Any], None] = KworkCard.__dict__["category_name"].__set__,
    _s_classification_id: Callable[[KworkCard, Any], None] = KworkCard.__dict__["classification_id"].__set__,
    _s_status_id: Callable[[KworkCard, Any], None] = KworkCard.__dict__["status_id"].__set__,
    _s_status_name: Callable[[KworkCard, Any], None] = KworkCard.__dict__["status_name"].__set__,
    _s_title: Callable[[KworkCard, Any], None] = KworkCard.__dict__["title"].__set__,
    _s_image_url: Callable[[KworkCard, Any], None] = KworkCard.__dict__["image_url"].__set__,
    _s_price: Callable[[KworkCard, Any], None] = KworkCard.__dict__["price"].__set__,
    _s_is_price_from: Callable[[KworkCard, Any], None] = KworkCard.__dict__["is_price_from"].__set__,
    _s_is_best: Callable[[KworkCard, Any], None] = KworkCard.__dict__["is_best"].__set__,
    _s_is_hidden: Callable[[KworkCard, Any], None] = KworkCard.__dict__["is_hidden"].__set__,
    _s_is_favorite: Callable[[KworkCard, Any], None] = KworkCard.__dict__["is_favorite"].__set__,
    _s_is_viewed: Callable[[KworkCard, Any], None] = KworkCard.__dict__["is_viewed"].__set__,
    _s_is_subscription: Callable[[KworkCard, Any], None] = KworkCard.__dict__["is_subscription"].__set__,
    _s_lang: Callable[[KworkCard, Any], None] = KworkCard.__dict__["lang"].__set__,
    _s_order: Callable[[KworkCard, Any], None] = KworkCard.__dict__["order"].__set__,
    _s_worker: Callable[[KworkCard, Any], None] = KworkCard.__dict__["worker"].__set__,
    _s_edits_list: Callable[[KworkCard, Any], None] = KworkCard.__dict__["edits_list"].__set__,
    _s_activity: Callable[[KworkCard, Any], None] = KworkCard.__dict__["activity"].__set__,
    _s_badges: Callable[[KworkCard, Any], None] = KworkCard.__dict__["badges"].__set__,
    _s_is_black_friday: Callable[[KworkCard, Any], None] = KworkCard.__dict__["is_black_friday"].__set__,
    _s_black_friday_price: Callable[[KworkCard, Any], None] = KworkCard.__dict__[
        "black_friday_price"
    ].__set__,
    _s_discount_percentage: Callable[[KworkCard, Any], None] = KworkCard.__dict__[
        "discount_percentage"
    ].__set__,
    _s_not_available_for_company: Callable[[KworkCard, Any], None] = KworkCard.__dict__[
        "not_available_for_company"
    ].__set__,
    _s_additional_properties: Callable[[KworkCard, Any], None] = KworkCard.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkCard:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkCard.id")
        if f_id is None:
            raise _c.missing("KworkCard.id")
    f_category_id = g("category_id")
    if f_category_id is not None and f_category_id.__class__ is not int:
        f_category_id = _c.to_int(f_category_id, "KworkCard.category_id")
    f_category_name = g("category_name")
    if f_category_name is not None and f_category_name.__class__ is not str:
        f_category_name = _c.to_str(f_category_name, "KworkCard.category_name")
    f_classification_id = g("classification_id")
    if f_classification_id is not None and f_classification_id.__class__ is not int:
        f_classification_id = _c.to_int(f_classification_id, "KworkCard.classification_id")
    f_status_id = g("status_id")
    if f_status_id is not None and f_status_id.__class__ is not int:
        f_status_id = _c.to_int(f_status_id, "KworkCard.status_id")
    f_status_name = g("status_name")
    if f_status_name is not None and f_status_name.__class__ is not str:
        f_status_name = _c.to_str(f_status_name, "KworkCard.status_name")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "KworkCard.title")
    f_image_url = g("image_url")
    if f_image_url is not None and f_image_url.__class__ is not str:
        f_image_url = _c.to_str(f_image_url, "KworkCard.image_url")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "KworkCard.price")
    f_is_price_from = g("is_price_from")
    if f_is_price_from is not None and f_is_price_from.__class__ is not bool:
        f_is_price_from = _c.to_bool(f_is_price_from, "KworkCard.is_price_from")
    f_is_best = g("is_best")
    if f_is_best is not None and f_is_best.__class__ is not bool:
        f_is_best = _c.to_bool(f_is_best, "KworkCard.is_best")
    f_is_hidden = g("is_hidden")
    if f_is_hidden is not None and f_is_hidden.__class__ is not bool:
        f_is_hidden = _c.to_bool(f_is_hidden, "KworkCard.is_hidden")
    f_is_favorite = g("is_favorite")
    if f_is_favorite is not None and f_is_favorite.__class__ is not bool:
        f_is_favorite = _c.to_bool(f_is_favorite, "KworkCard.is_favorite")
    f_is_viewed = g("is_viewed")
    if f_is_viewed is not None and f_is_viewed.__class__ is not bool:
        f_is_viewed = _c.to_bool(f_is_viewed, "KworkCard.is_viewed")
    f_is_subscription = g("isSubscription")
    if f_is_subscription is not None and f_is_subscription.__class__ is not bool:
        f_is_subscription = _c.to_bool(f_is_subscription, "KworkCard.is_subscription")
    f_lang = g("lang")
    if f_lang is not None and f_lang.__class__ is not str:
        f_lang = _c.to_str(f_lang, "KworkCard.lang")
    f_order = g("order")
    if f_order is not None and f_order.__class__ is not int:
        f_order = _c.to_int(f_order, "KworkCard.order")
    f_worker = g("worker")
    if f_worker is not None:
        f_worker = _c.to_model(f_worker, _m_kwork_seller.KworkSeller._from_wire, "KworkCard.worker")
    f_edits_list = g("edits_list")
    if f_edits_list is not None:
        f_edits_list = _c.to_list(f_edits_list, _c.to_str, "KworkCard.edits_list")
    f_activity = g("activity")
    if f_activity is not None:
        f_activity = _c.to_model(
            f_activity, _m_kwork_card_activity.KworkCardActivity._from_wire, "KworkCard.activity"
        )
    f_badges = g("badges")
    if f_badges is not None:
        if f_badges.__class__ is list:
            f_badges = list(map(_m_kwork_card_badge.KworkCardBadge._from_wire, f_badges))
        else:
            f_badges = _c.to_list(f_badges, _m_kwork_card_badge.KworkCardBadge._from_wire, "KworkCard.badges")
    f_is_black_friday = g("isBlackFriday")
    if f_is_black_friday is not None and f_is_black_friday.__class__ is not bool:
        f_is_black_friday = _c.to_bool(f_is_black_friday, "KworkCard.is_black_friday")
    f_black_friday_price = g("blackFridayPrice")
    if (
        f_black_friday_price is not None
        and f_black_friday_price.__class__ is not float
        and f_black_friday_price.__class__ is not int
    ):
        f_black_friday_price = _c.to_float(f_black_friday_price, "KworkCard.black_friday_price")
    f_discount_percentage = g("discountPercentage")
    if f_discount_percentage is not None and f_discount_percentage.__class__ is not int:
        f_discount_percentage = _c.to_int(f_discount_percentage, "KworkCard.discount_percentage")
    f_not_available_for_company = g("not_available_for_company")
    if f_not_available_for_company is not None and f_not_available_for_company.__class__ is not bool:
        f_not_available_for_company = _c.to_bool(
            f_not_available_for_company, "KworkCard.not_available_for_company"
        )
    o = _new(KworkCard)
    _s_id(o, f_id)
    _s_category_id(o, f_category_id)
    _s_category_name(o, f_category_name)
    _s_classification_id(o, f_classification_id)
    _s_status_id(o, f_status_id)
    _s_status_name(o, f_status_name)
    _s_title(o, f_title)
    _s_image_url(o, f_image_url)
    _s_price(o, f_price)
    _s_is_price_from(o, f_is_price_from)
    _s_is_best(o, f_is_best)
    _s_is_hidden(o, f_is_hidden)
    _s_is_favorite(o, f_is_favorite)
    _s_is_viewed(o, f_is_viewed)
    _s_is_subscription(o, f_is_subscription)
    _s_lang(o, f_lang)
    _s_order(o, f_order)
    _s_worker(o, f_worker)
    _s_edits_list(o, f_edits_list)
    _s_activity(o, f_activity)
    _s_badges(o, f_badges)
    _s_is_black_friday(o, f_is_black_friday)
    _s_black_friday_price(o, f_black_friday_price)
    _s_discount_percentage(o, f_discount_percentage)
    _s_not_available_for_company(o, f_not_available_for_company)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkCard._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
