"""Kwork: A kwork (fixed-price service) as a card in catalog lists.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_card_badge as _m_kwork_card_badge
from . import kwork_seller_with_level as _m_kwork_seller_with_level

if TYPE_CHECKING:
    from .kwork_card_badge import KworkCardBadge
    from .kwork_seller_with_level import KworkSellerWithLevel

_KNOWN = frozenset(
    {
        "id",
        "category_id",
        "classifier_id",
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
        "worker",
        "badges",
        "not_available_for_company",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Kwork(KworkModel):
    """A kwork (fixed-price service) as a card in catalog lists.

    Attributes:
        id: Kwork id.
        category_id: Id of the kwork's category.
        classifier_id: Id of the classifier value the kwork is filed under, if any.
        title: Kwork title.
        image_url: Path of the cover image.
        price: Price, in the kwork's currency (roubles for `ru` kworks, dollars for `en`).
        is_price_from: True when the price is a starting price, shown as "from ...".
        is_best: True for a top-rated kwork.
        is_hidden: True when the signed-in user has hidden this kwork.
        is_favorite: True when the kwork is in the signed-in user's favourites.
        is_viewed: True when the signed-in user has opened this kwork before.
        is_subscription: True for a kwork sold as a subscription. Wire name: `isSubscription`.
        lang: Language of the kwork, `ru` or `en`; it decides the currency of its prices.
        worker: The seller.
        badges: Badges shown on the card.
        not_available_for_company: True when the app should warn that a company buyer account
            cannot order this kwork.
    """

    id: int
    category_id: int | None = None
    classifier_id: int | None = None
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
    worker: KworkSellerWithLevel | None = None
    badges: list[KworkCardBadge] | None = _attrs.field(default=None, hash=False)
    not_available_for_company: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("category_id", "category_id", "int | None"),
        ("classifier_id", "classifier_id", "int | None"),
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
        ("worker", "worker", "KworkSellerWithLevel | None"),
        ("badges", "badges", "list[KworkCardBadge] | None"),
        ("not_available_for_company", "not_available_for_company", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Kwork]]


def _from_wire(
    d: Any,
    where: str = "Kwork",
    _new: Callable[[type[Kwork]], Kwork] = object.__new__,
    _s_id: Callable[[Kwork, Any], None] = Kwork.__dict__["id"].__set__,
    _s_category_id: Callable[[Kwork, Any], None] = Kwork.__dict__["category_id"].__set__,
    _s_classifier_id: Callable[[Kwork, Any], None] = Kwork.__dict__["classifier_id"].__set__,
    _s_title: Callable[[Kwork, Any], None] = Kwork.__dict__["title"].__set__,
    _s_image_url: Callable[[Kwork, Any], None] = Kwork.__dict__["image_url"].__set__,
    _s_price: Callable[[Kwork, Any], None] = Kwork.__dict__["price"].__set__,
    _s_is_price_from: Callable[[Kwork, Any], None] = Kwork.__dict__["is_price_from"].__set__,
    _s_is_best: Callable[[Kwork, Any], None] = Kwork.__dict__["is_best"].__set__,
    _s_is_hidden: Callable[[Kwork, Any], None] = Kwork.__dict__["is_hidden"].__set__,
    _s_is_favorite: Callable[[Kwork, Any], None] = Kwork.__dict__["is_favorite"].__set__,
    _s_is_viewed: Callable[[Kwork, Any], None] = Kwork.__dict__["is_viewed"].__set__,
    _s_is_subscription: Callable[[Kwork, Any], None] = Kwork.__dict__["is_subscription"].__set__,
    _s_lang: Callable[[Kwork, Any], None] = Kwork.__dict__["lang"].__set__,
    _s_worker: Callable[[Kwork, Any], None] = Kwork.__dict__["worker"].__set__,
    _s_badges: Callable[[Kwork, Any], None] = Kwork.__dict__["badges"].__set__,
    _s_not_available_for_company: Callable[[Kwork, Any], None] = Kwork.__dict__[
        "not_available_for_company"
    ].__set__,
    _s_additional_properties: Callable[[Kwork, Any], None] = Kwork.__dict__["additional_properties"].__set__,
) -> Kwork:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "Kwork.id")
        if f_id is None:
            raise _c.missing("Kwork.id")
    f_category_id = g("category_id")
    if f_category_id is not None and f_category_id.__class__ is not int:
        f_category_id = _c.to_int(f_category_id, "Kwork.category_id")
    f_classifier_id = g("classifier_id")
    if f_classifier_id is not None and f_classifier_id.__class__ is not int:
        f_classifier_id = _c.to_int(f_classifier_id, "Kwork.classifier_id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "Kwork.title")
    f_image_url = g("image_url")
    if f_image_url is not None and f_image_url.__class__ is not str:
        f_image_url = _c.to_str(f_image_url, "Kwork.image_url")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "Kwork.price")
    f_is_price_from = g("is_price_from")
    if f_is_price_from is not None and f_is_price_from.__class__ is not bool:
        f_is_price_from = _c.to_bool(f_is_price_from, "Kwork.is_price_from")
    f_is_best = g("is_best")
    if f_is_best is not None and f_is_best.__class__ is not bool:
        f_is_best = _c.to_bool(f_is_best, "Kwork.is_best")
    f_is_hidden = g("is_hidden")
    if f_is_hidden is not None and f_is_hidden.__class__ is not bool:
        f_is_hidden = _c.to_bool(f_is_hidden, "Kwork.is_hidden")
    f_is_favorite = g("is_favorite")
    if f_is_favorite is not None and f_is_favorite.__class__ is not bool:
        f_is_favorite = _c.to_bool(f_is_favorite, "Kwork.is_favorite")
    f_is_viewed = g("is_viewed")
    if f_is_viewed is not None and f_is_viewed.__class__ is not bool:
        f_is_viewed = _c.to_bool(f_is_viewed, "Kwork.is_viewed")
    f_is_subscription = g("isSubscription")
    if f_is_subscription is not None and f_is_subscription.__class__ is not bool:
        f_is_subscription = _c.to_bool(f_is_subscription, "Kwork.is_subscription")
    f_lang = g("lang")
    if f_lang is not None and f_lang.__class__ is not str:
        f_lang = _c.to_str(f_lang, "Kwork.lang")
    f_worker = g("worker")
    if f_worker is not None:
        f_worker = _c.to_model(
            f_worker, _m_kwork_seller_with_level.KworkSellerWithLevel._from_wire, "Kwork.worker"
        )
    f_badges = g("badges")
    if f_badges is not None:
        if f_badges.__class__ is list:
            f_badges = list(map(_m_kwork_card_badge.KworkCardBadge._from_wire, f_badges))
        else:
            f_badges = _c.to_list(f_badges, _m_kwork_card_badge.KworkCardBadge._from_wire, "Kwork.badges")
    f_not_available_for_company = g("not_available_for_company")
    if f_not_available_for_company is not None and f_not_available_for_company.__class__ is not bool:
        f_not_available_for_company = _c.to_bool(
            f_not_available_for_company, "Kwork.not_available_for_company"
        )
    o = _new(Kwork)
    _s_id(o, f_id)
    _s_category_id(o, f_category_id)
    _s_classifier_id(o, f_classifier_id)
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
    _s_worker(o, f_worker)
    _s_badges(o, f_badges)
    _s_not_available_for_company(o, f_not_available_for_company)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Kwork._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
