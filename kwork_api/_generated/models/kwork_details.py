"""KworkDetails: A kwork's full card, as its page shows it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_attachment as _m_kwork_attachment
from . import kwork_card_badge as _m_kwork_card_badge
from . import kwork_channel_link as _m_kwork_channel_link
from . import kwork_channel_stats as _m_kwork_channel_stats
from . import kwork_classification as _m_kwork_classification
from . import kwork_extra as _m_kwork_extra
from . import kwork_link_site as _m_kwork_link_site
from . import kwork_package as _m_kwork_package
from . import kwork_reject_reason as _m_kwork_reject_reason
from . import kwork_seller_info as _m_kwork_seller_info
from . import kwork_volume as _m_kwork_volume
from . import portfolio_item as _m_portfolio_item

if TYPE_CHECKING:
    from .kwork_attachment import KworkAttachment
    from .kwork_card_badge import KworkCardBadge
    from .kwork_channel_link import KworkChannelLink
    from .kwork_channel_stats import KworkChannelStats
    from .kwork_classification import KworkClassification
    from .kwork_extra import KworkExtra
    from .kwork_link_site import KworkLinkSite
    from .kwork_package import KworkPackage
    from .kwork_reject_reason import KworkRejectReason
    from .kwork_seller_info import KworkSellerInfo
    from .kwork_volume import KworkVolume
    from .portfolio_item import PortfolioItem

_KNOWN = frozenset(
    {
        "id",
        "kwork_title",
        "kwork_description",
        "kwork_instructions",
        "kwork_link",
        "image_url",
        "category",
        "lang",
        "default_kwork_price",
        "term",
        "is_subscription",
        "orders_in_queue_count",
        "kwork_in_favorites_count",
        "packages",
        "additional_options",
        "unit_and_quantity",
        "classifications",
        "files",
        "badges",
        "short_user_info",
        "portfolio_items",
        "portfolio_items_count",
        "links_sites",
        "links_sites_count",
        "channel_link",
        "channel_stat",
        "show_subscribers_statistics",
        "is_hidden",
        "is_favorite",
        "feat",
        "active",
        "reject_fields_string",
        "common_reject_reason",
        "is_kwork_rejected_with_spam_reason",
        "not_available_for_company",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkDetails(KworkModel):
    """A kwork's full card, as its page shows it.

    Attributes:
        id: Kwork id.
        kwork_title: Kwork title.
        kwork_description: Full description.
        kwork_instructions: What the seller needs from the buyer to start.
        kwork_link: URL of the kwork's page on the site.
        image_url: Path of the cover image.
        category: Id of the kwork's category.
        lang: Language of the kwork, `ru` or `en`; it decides the currency of its prices.
        default_kwork_price: Standard price, in the kwork's currency (roubles for `ru` kworks,
            dollars for `en`).
        term: Delivery time, as display text.
        is_subscription: True when the kwork shows the subscription badge.
        orders_in_queue_count: Orders waiting in the seller's queue.
        kwork_in_favorites_count: How many users have the kwork in their favourites.
        packages: Package offers, when the kwork is sold in packages.
        additional_options: Extras a buyer can add to an order.
        unit_and_quantity: Volume settings, when the kwork is sold by volume.
        classifications: Classifications shown on the page.
        files: Files attached to the kwork.
        badges: Badges of the kwork.
        short_user_info: The seller's short profile.
        portfolio_items: The first portfolio items (up to 10) attached to the kwork.
        portfolio_items_count: Number of portfolio items attached to the kwork.
        links_sites: The first sites of the links table, for link-building kworks.
        links_sites_count: Number of sites in the links table.
        channel_link: Links to the channel, for channel-promotion kworks.
        channel_stat: Channel statistics, for channel-promotion kworks.
        show_subscribers_statistics: True when there is enough data to chart the channel's
            subscribers.
        is_hidden: True when the signed-in user has hidden this kwork.
        is_favorite: True when the kwork is in the signed-in user's favourites.
        feat: 1 when the seller has the kwork switched on, 0 when off.
        active: Kwork status: 0 in moderation, 1 active, 2 blocked, 3 deleted, 4 rejected, 5
            paused for a long queue.
        reject_fields_string: The parts a moderator rejected, when the kwork is rejected.
        common_reject_reason: The general reason, when the kwork is rejected.
        is_kwork_rejected_with_spam_reason: True when the kwork was rejected as spam.
        not_available_for_company: True when the app should warn that a company buyer account
            cannot order this kwork.
    """

    id: int
    kwork_title: str | None = None
    kwork_description: str | None = None
    kwork_instructions: str | None = None
    kwork_link: str | None = None
    image_url: str | None = None
    category: int | None = None
    lang: str | None = None
    default_kwork_price: float | None = None
    term: str | None = None
    is_subscription: bool | None = None
    orders_in_queue_count: int | None = None
    kwork_in_favorites_count: int | None = None
    packages: list[KworkPackage] | None = _attrs.field(default=None, hash=False)
    additional_options: list[KworkExtra] | None = _attrs.field(default=None, hash=False)
    unit_and_quantity: KworkVolume | None = None
    classifications: list[KworkClassification] | None = _attrs.field(default=None, hash=False)
    files: list[KworkAttachment] | None = _attrs.field(default=None, hash=False)
    badges: list[KworkCardBadge] | None = _attrs.field(default=None, hash=False)
    short_user_info: KworkSellerInfo | None = None
    portfolio_items: list[PortfolioItem] | None = _attrs.field(default=None, hash=False)
    portfolio_items_count: int | None = None
    links_sites: list[KworkLinkSite] | None = _attrs.field(default=None, hash=False)
    links_sites_count: int | None = None
    channel_link: list[KworkChannelLink] | None = _attrs.field(default=None, hash=False)
    channel_stat: list[KworkChannelStats] | None = _attrs.field(default=None, hash=False)
    show_subscribers_statistics: bool | None = None
    is_hidden: bool | None = None
    is_favorite: bool | None = None
    feat: int | None = None
    active: int | None = None
    reject_fields_string: str | None = None
    common_reject_reason: KworkRejectReason | None = None
    is_kwork_rejected_with_spam_reason: bool | None = None
    not_available_for_company: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("kwork_title", "kwork_title", "str | None"),
        ("kwork_description", "kwork_description", "str | None"),
        ("kwork_instructions", "kwork_instructions", "str | None"),
        ("kwork_link", "kwork_link", "str | None"),
        ("image_url", "image_url", "str | None"),
        ("category", "category", "int | None"),
        ("lang", "lang", "str | None"),
        ("default_kwork_price", "default_kwork_price", "float | None"),
        ("term", "term", "str | None"),
        ("is_subscription", "is_subscription", "bool | None"),
        ("orders_in_queue_count", "orders_in_queue_count", "int | None"),
        ("kwork_in_favorites_count", "kwork_in_favorites_count", "int | None"),
        ("packages", "packages", "list[KworkPackage] | None"),
        ("additional_options", "additional_options", "list[KworkExtra] | None"),
        ("unit_and_quantity", "unit_and_quantity", "KworkVolume | None"),
        ("classifications", "classifications", "list[KworkClassification] | None"),
        ("files", "files", "list[KworkAttachment] | None"),
        ("badges", "badges", "list[KworkCardBadge] | None"),
        ("short_user_info", "short_user_info", "KworkSellerInfo | None"),
        ("portfolio_items", "portfolio_items", "list[PortfolioItem] | None"),
        ("portfolio_items_count", "portfolio_items_count", "int | None"),
        ("links_sites", "links_sites", "list[KworkLinkSite] | None"),
        ("links_sites_count", "links_sites_count", "int | None"),
        ("channel_link", "channel_link", "list[KworkChannelLink] | None"),
        ("channel_stat", "channel_stat", "list[KworkChannelStats] | None"),
        ("show_subscribers_statistics", "show_subscribers_statistics", "bool | None"),
        ("is_hidden", "is_hidden", "bool | None"),
        ("is_favorite", "is_favorite", "bool | None"),
        ("feat", "feat", "int | None"),
        ("active", "active", "int | None"),
        ("reject_fields_string", "reject_fields_string", "str | None"),
        ("common_reject_reason", "common_reject_reason", "KworkRejectReason | None"),
        ("is_kwork_rejected_with_spam_reason", "is_kwork_rejected_with_spam_reason", "bool | None"),
        ("not_available_for_company", "not_available_for_company", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkDetails]]


def _from_wire(
    d: Any,
    where: str = "KworkDetails",
    _new: Callable[[type[KworkDetails]], KworkDetails] = object.__new__,
    _s_id: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["id"].__set__,
    _s_kwork_title: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["kwork_title"].__set__,
    _s_kwork_description: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "kwork_description"
    ].__set__,
    _s_kwork_instructions: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "kwork_instructions"
    ].__set__,
    _s_kwork_link: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["kwork_link"].__set__,
    _s_image_url: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["image_url"].__set__,
    _s_category: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["category"].__set__,
    _s_lang: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["lang"].__set__,
    _s_default_kwork_price: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "default_kwork_price"
    ].__set__,
    _s_term: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["term"].__set__,
    _s_is_subscription: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "is_subscription"
    ].__set__,
    _s_orders_in_queue_count: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "orders_in_queue_count"
    ].__set__,
    _s_kwork_in_favorites_count: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "kwork_in_favorites_count"
    ].__set__,
    _s_packages: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["packages"].__set__,
    _s_additional_options: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "additional_options"
    ].__set__,
    _s_unit_and_quantity: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "unit_and_quantity"
    ].__set__,
    _s_classifications: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "classifications"
    ].__set__,
    _s_files: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["files"].__set__,
    _s_badges: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["badges"].__set__,
    _s_short_user_info: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "short_user_info"
    ].__set__,
    _s_portfolio_items: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "portfolio_items"
    ].__set__,
    _s_portfolio_items_count: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "portfolio_items_count"
    ].__set__,
    _s_links_sites: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["links_sites"].__set__,
    _s_links_sites_count: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "links_sites_count"
    ].__set__,
    _s_channel_link: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["channel_link"].__set__,
    _s_channel_stat: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["channel_stat"].__set__,
    _s_show_subscribers_statistics: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "show_subscribers_statistics"
    ].__set__,
    _s_is_hidden: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["is_hidden"].__set__,
    _s_is_favorite: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["is_favorite"].__set__,
    _s_feat: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["feat"].__set__,
    _s_active: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__["active"].__set__,
    _s_reject_fields_string: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "reject_fields_string"
    ].__set__,
    _s_common_reject_reason: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "common_reject_reason"
    ].__set__,
    _s_is_kwork_rejected_with_spam_reason: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "is_kwork_rejected_with_spam_reason"
    ].__set__,
    _s_not_available_for_company: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "not_available_for_company"
    ].__set__,
    _s_additional_properties: Callable[[KworkDetails, Any], None] = KworkDetails.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkDetails:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkDetails.id")
        if f_id is None:
            raise _c.missing("KworkDetails.id")
    f_kwork_title = g("kwork_title")
    if f_kwork_title is not None and f_kwork_title.__class__ is not str:
        f_kwork_title = _c.to_str(f_kwork_title, "KworkDetails.kwork_title")
    f_kwork_description = g("kwork_description")
    if f_kwork_description is not None and f_kwork_description.__class__ is not str:
        f_kwork_description = _c.to_str(f_kwork_description, "KworkDetails.kwork_description")
    f_kwork_instructions = g("kwork_instructions")
    if f_kwork_instructions is not None and f_kwork_instructions.__class__ is not str:
        f_kwork_instructions = _c.to_str(f_kwork_instructions, "KworkDetails.kwork_instructions")
    f_kwork_link = g("kwork_link")
    if f_kwork_link is not None and f_kwork_link.__class__ is not str:
        f_kwork_link = _c.to_str(f_kwork_link, "KworkDetails.kwork_link")
    f_image_url = g("image_url")
    if f_image_url is not None and f_image_url.__class__ is not str:
        f_image_url = _c.to_str(f_image_url, "KworkDetails.image_url")
    f_category = g("category")
    if f_category is not None and f_category.__class__ is not int:
        f_category = _c.to_int(f_category, "KworkDetails.category")
    f_lang = g("lang")
    if f_lang is not None and f_lang.__class__ is not str:
        f_lang = _c.to_str(f_lang, "KworkDetails.lang")
    f_default_kwork_price = g("default_kwork_price")
    if (
        f_default_kwork_price is not None
        and f_default_kwork_price.__class__ is not float
        and f_default_kwork_price.__class__ is not int
    ):
        f_default_kwork_price = _c.to_float(f_default_kwork_price, "KworkDetails.default_kwork_price")
    f_term = g("term")
    if f_term is not None and f_term.__class__ is not str:
        f_term = _c.to_str(f_term, "KworkDetails.term")
    f_is_subscription = g("is_subscription")
    if f_is_subscription is not None and f_is_subscription.__class__ is not bool:
        f_is_subscription = _c.to_bool(f_is_subscription, "KworkDetails.is_subscription")
    f_orders_in_queue_count = g("orders_in_queue_count")
    if f_orders_in_queue_count is not None and f_orders_in_queue_count.__class__ is not int:
        f_orders_in_queue_count = _c.to_int(f_orders_in_queue_count, "KworkDetails.orders_in_queue_count")
    f_kwork_in_favorites_count = g("kwork_in_favorites_count")
    if f_kwork_in_favorites_count is not None and f_kwork_in_favorites_count.__class__ is not int:
        f_kwork_in_favorites_count = _c.to_int(
            f_kwork_in_favorites_count, "KworkDetails.kwork_in_favorites_count"
        )
    f_packages = g("packages")
    if f_packages is not None:
        if f_packages.__class__ is list:
            f_packages = list(map(_m_kwork_package.KworkPackage._from_wire, f_packages))
        else:
            f_packages = _c.to_list(
                f_packages, _m_kwork_package.KworkPackage._from_wire, "KworkDetails.packages"
            )
    f_additional_options = g("additional_options")
    if f_additional_options is not None:
        if f_additional_options.__class__ is list:
            f_additional_options = list(map(_m_kwork_extra.KworkExtra._from_wire, f_additional_options))
        else:
            f_additional_options = _c.to_list(
                f_additional_options, _m_kwork_extra.KworkExtra._from_wire, "KworkDetails.additional_options"
            )
    f_unit_and_quantity = g("unit_and_quantity")
    if f_unit_and_quantity is not None:
        f_unit_and_quantity = _c.to_model(
            f_unit_and_quantity, _m_kwork_volume.KworkVolume._from_wire, "KworkDetails.unit_and_quantity"
        )
    f_classifications = g("classifications")
    if f_classifications is not None:
        if f_classifications.__class__ is list:
            f_classifications = list(
                map(_m_kwork_classification.KworkClassification._from_wire, f_classifications)
            )
        else:
            f_classifications = _c.to_list(
                f_classifications,
                _m_kwork_classification.KworkClassification._from_wire,
                "KworkDetails.classifications",
            )
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_kwork_attachment.KworkAttachment._from_wire, f_files))
        else:
            f_files = _c.to_list(
                f_files, _m_kwork_attachment.KworkAttachment._from_wire, "KworkDetails.files"
            )
    f_badges = g("badges")
    if f_badges is not None:
        if f_badges.__class__ is list:
            f_badges = list(map(_m_kwork_card_badge.KworkCardBadge._from_wire, f_badges))
        else:
            f_badges = _c.to_list(
                f_badges, _m_kwork_card_badge.KworkCardBadge._from_wire, "KworkDetails.badges"
            )
    f_short_user_info = g("short_user_info")
    if f_short_user_info is not None:
        f_short_user_info = _c.to_model(
            f_short_user_info, _m_kwork_seller_info.KworkSellerInfo._from_wire, "KworkDetails.short_user_info"
        )
    f_portfolio_items = g("portfolio_items")
    if f_portfolio_items is not None:
        if f_portfolio_items.__class__ is list:
            f_portfolio_items = list(map(_m_portfolio_item.PortfolioItem._from_wire, f_portfolio_items))
        else:
            f_portfolio_items = _c.to_list(
                f_portfolio_items, _m_portfolio_item.PortfolioItem._from_wire, "KworkDetails.portfolio_items"
            )
    f_portfolio_items_count = g("portfolio_items_count")
    if f_portfolio_items_count is not None and f_portfolio_items_count.__class__ is not int:
        f_portfolio_items_count = _c.to_int(f_portfolio_items_count, "KworkDetails.portfolio_items_count")
    f_links_sites = g("links_sites")
    if f_links_sites is not None:
        if f_links_sites.__class__ is list:
            f_links_sites = list(map(_m_kwork_link_site.KworkLinkSite._from_wire, f_links_sites))
        else:
            f_links_sites = _c.to_list(
                f_links_sites, _m_kwork_link_site.KworkLinkSite._from_wire, "KworkDetails.links_sites"
            )
    f_links_sites_count = g("links_sites_count")
    if f_links_sites_count is not None and f_links_sites_count.__class__ is not int:
        f_links_sites_count = _c.to_int(f_links_sites_count, "KworkDetails.links_sites_count")
    f_channel_link = g("channel_link")
    if f_channel_link is not None:
        if f_channel_link.__class__ is list:
            f_channel_link = list(map(_m_kwork_channel_link.KworkChannelLink._from_wire, f_channel_link))
        else:
            f_channel_link = _c.to_list(
                f_channel_link, _m_kwork_channel_link.KworkChannelLink._from_wire, "KworkDetails.channel_link"
            )
    f_channel_stat = g("channel_stat")
    if f_channel_stat is not None:
        if f_channel_stat.__class__ is list:
            f_channel_stat = list(map(_m_kwork_channel_stats.KworkChannelStats._from_wire, f_channel_stat))
        else:
            f_channel_stat = _c.to_list(
                f_channel_stat,
                _m_kwork_channel_stats.KworkChannelStats._from_wire,
                "KworkDetails.channel_stat",
            )
    f_show_subscribers_statistics = g("show_subscribers_statistics")
    if f_show_subscribers_statistics is not None and f_show_subscribers_statistics.__class__ is not bool:
        f_show_subscribers_statistics = _c.to_bool(
            f_show_subscribers_statistics, "KworkDetails.show_subscribers_statistics"
        )
    f_is_hidden = g("is_hidden")
    if f_is_hidden is not None and f_is_hidden.__class__ is not bool:
        f_is_hidden = _c.to_bool(f_is_hidden, "KworkDetails.is_hidden")
    f_is_favorite = g("is_favorite")
    if f_is_favorite is not None and f_is_favorite.__class__ is not bool:
        f_is_favorite = _c.to_bool(f_is_favorite, "KworkDetails.is_favorite")
    f_feat = g("feat")
    if f_feat is not None and f_feat.__class__ is not int:
        f_feat = _c.to_int(f_feat, "KworkDetails.feat")
    f_active = g("active")
    if f_active is not None and f_active.__class__ is not int:
        f_active = _c.to_int(f_active, "KworkDetails.active")
    f_reject_fields_string = g("reject_fields_string")
    if f_reject_fields_string is not None and f_reject_fields_string.__class__ is not str:
        f_reject_fields_string = _c.to_str(f_reject_fields_string, "KworkDetails.reject_fields_string")
    f_common_reject_reason = g("common_reject_reason")
    if f_common_reject_reason is not None:
        f_common_reject_reason = _c.to_model(
            f_common_reject_reason,
            _m_kwork_reject_reason.KworkRejectReason._from_wire,
            "KworkDetails.common_reject_reason",
        )
    f_is_kwork_rejected_with_spam_reason = g("is_kwork_rejected_with_spam_reason")
    if (
        f_is_kwork_rejected_with_spam_reason is not None
        and f_is_kwork_rejected_with_spam_reason.__class__ is not bool
    ):
        f_is_kwork_rejected_with_spam_reason = _c.to_bool(
            f_is_kwork_rejected_with_spam_reason, "KworkDetails.is_kwork_rejected_with_spam_reason"
        )
    f_not_available_for_company = g("not_available_for_company")
    if f_not_available_for_company is not None and f_not_available_for_company.__class__ is not bool:
        f_not_available_for_company = _c.to_bool(
            f_not_available_for_company, "KworkDetails.not_available_for_company"
        )
    o = _new(KworkDetails)
    _s_id(o, f_id)
    _s_kwork_title(o, f_kwork_title)
    _s_kwork_description(o, f_kwork_description)
    _s_kwork_instructions(o, f_kwork_instructions)
    _s_kwork_link(o, f_kwork_link)
    _s_image_url(o, f_image_url)
    _s_category(o, f_category)
    _s_lang(o, f_lang)
    _s_default_kwork_price(o, f_default_kwork_price)
    _s_term(o, f_term)
    _s_is_subscription(o, f_is_subscription)
    _s_orders_in_queue_count(o, f_orders_in_queue_count)
    _s_kwork_in_favorites_count(o, f_kwork_in_favorites_count)
    _s_packages(o, f_packages)
    _s_additional_options(o, f_additional_options)
    _s_unit_and_quantity(o, f_unit_and_quantity)
    _s_classifications(o, f_classifications)
    _s_files(o, f_files)
    _s_badges(o, f_badges)
    _s_short_user_info(o, f_short_user_info)
    _s_portfolio_items(o, f_portfolio_items)
    _s_portfolio_items_count(o, f_portfolio_items_count)
    _s_links_sites(o, f_links_sites)
    _s_links_sites_count(o, f_links_sites_count)
    _s_channel_link(o, f_channel_link)
    _s_channel_stat(o, f_channel_stat)
    _s_show_subscribers_statistics(o, f_show_subscribers_statistics)
    _s_is_hidden(o, f_is_hidden)
    _s_is_favorite(o, f_is_favorite)
    _s_feat(o, f_feat)
    _s_active(o, f_active)
    _s_reject_fields_string(o, f_reject_fields_string)
    _s_common_reject_reason(o, f_common_reject_reason)
    _s_is_kwork_rejected_with_spam_reason(o, f_is_kwork_rejected_with_spam_reason)
    _s_not_available_for_company(o, f_not_available_for_company)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkDetails._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
