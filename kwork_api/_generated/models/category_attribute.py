"""CategoryAttribute: A category attribute: a classification (a question such as "platform") or one of its values.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "id",
        "title",
        "lang",
        "h1",
        "hint_payer",
        "hint_worker",
        "hint_volume",
        "note_worker",
        "category_id",
        "parent_id",
        "depth",
        "visible",
        "is_classification",
        "required",
        "allow_multiple",
        "multiple_max_count",
        "allow_custom",
        "is_custom",
        "custom_max_count",
        "custom_moderation_status",
        "custom_descendant_count",
        "portfolio",
        "parent_portfolio",
        "portfolio_type",
        "demo_file_upload",
        "order_index",
        "is_free_price",
        "is_subscribe_price",
        "is_custom_extra_denied",
        "unembedded",
        "percent_usage",
        "orders_inprogress_limit",
        "orders_inprogress_pause_off",
        "is_kwork_links_sites",
        "meta_title",
        "meta_description",
        "volume_type_id",
        "base_volume",
        "min_volume",
        "max_volume",
        "min_volume_type_id",
        "max_volume_type_id",
        "kworks_count",
        "alias",
        "duplicated_attribute_id",
        "is_duplicated_children_only",
        "twin_id",
        "is_smm_hide",
        "children",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CategoryAttribute(KworkModel):
    """A category attribute: a classification (a question such as "platform") or one of its values.

    Attributes:
        id: Attribute id.
        title: Attribute name.
        lang: Language, `ru` or `en`.
        h1: Heading of the attribute's catalog page.
        hint_payer: Hint shown to buyers.
        hint_worker: Hint shown to sellers.
        hint_volume: Hint about the volume.
        note_worker: Note for sellers.
        category_id: Id of the category it belongs to.
        parent_id: Id of the parent attribute; null at the top.
        depth: Depth in the tree, starting at 0.
        visible: Visibility level code, 0 to 4.
        is_classification: True for a classification (a group of values), false for a value.
        required: True when a seller must choose a child when editing a kwork.
        allow_multiple: True when several children may be chosen.
        multiple_max_count: Most children that may be chosen.
        allow_custom: True when sellers may add their own children.
        is_custom: True for a value a seller added.
        custom_max_count: Most children sellers may add.
        custom_moderation_status: Moderation status of a seller-added value: `new` or
            `rejected`.
        custom_descendant_count: Number of seller-added attributes among the descendants.
        portfolio: True when portfolio items of this attribute show on the My portfolio page.
        parent_portfolio: The same, inherited from the parent.
        portfolio_type: Portfolio allowed: `none`, `photo` or `video`.
        demo_file_upload: True when a sample report may be uploaded.
        order_index: Sort position.
        is_free_price: True when sellers set the price freely.
        is_subscribe_price: True for subscription pricing.
        is_custom_extra_denied: True when package extras may not be added.
        unembedded: True when it is shown outside the main tree, as a filter of its own.
        percent_usage: Share of the category's kworks that use it, in percent.
        orders_inprogress_limit: Orders in progress at which a kwork is paused.
        orders_inprogress_pause_off: Orders in progress at which the pause is lifted.
        is_kwork_links_sites: What a kwork must list: 1 links, 2 domains, 3 sites; null for
            nothing.
        meta_title: Page title for search engines.
        meta_description: Page description for search engines.
        volume_type_id: Id of the volume unit.
        base_volume: Base numeric volume.
        min_volume: Smallest numeric volume.
        max_volume: Largest numeric volume.
        min_volume_type_id: Unit of the smallest volume.
        max_volume_type_id: Unit of the largest volume.
        kworks_count: Number of active kworks that use it.
        alias: Alias used in catalog URLs.
        duplicated_attribute_id: Id of the attribute this one duplicates.
        is_duplicated_children_only: True when all children are duplicates.
        twin_id: Id of the matching attribute on the other-language site.
        is_smm_hide: True when the social-media marketing rules hide it.
        children: Child attributes.
    """

    id: int
    title: str | None = None
    lang: str | None = None
    h1: str | None = None
    hint_payer: str | None = None
    hint_worker: str | None = None
    hint_volume: str | None = None
    note_worker: str | None = None
    category_id: int | None = None
    parent_id: int | None = None
    depth: int | None = None
    visible: int | None = None
    is_classification: bool | None = None
    required: bool | None = None
    allow_multiple: bool | None = None
    multiple_max_count: int | None = None
    allow_custom: bool | None = None
    is_custom: bool | None = None
    custom_max_count: int | None = None
    custom_moderation_status: str | None = None
    custom_descendant_count: int | None = None
    portfolio: bool | None = None
    parent_portfolio: bool | None = None
    portfolio_type: str | None = None
    demo_file_upload: bool | None = None
    order_index: int | None = None
    is_free_price: bool | None = None
    is_subscribe_price: bool | None = None
    is_custom_extra_denied: bool | None = None
    unembedded: bool | None = None
    percent_usage: float | None = None
    orders_inprogress_limit: int | None = None
    orders_inprogress_pause_off: int | None = None
    is_kwork_links_sites: int | None = None
    meta_title: str | None = None
    meta_description: str | None = None
    volume_type_id: int | None = None
    base_volume: int | None = None
    min_volume: int | None = None
    max_volume: int | None = None
    min_volume_type_id: int | None = None
    max_volume_type_id: int | None = None
    kworks_count: int | None = None
    alias: str | None = None
    duplicated_attribute_id: int | None = None
    is_duplicated_children_only: bool | None = None
    twin_id: int | None = None
    is_smm_hide: bool | None = None
    children: list[CategoryAttribute] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("lang", "lang", "str | None"),
        ("h1", "h1", "str | None"),
        ("hint_payer", "hint_payer", "str | None"),
        ("hint_worker", "hint_worker", "str | None"),
        ("hint_volume", "hint_volume", "str | None"),
        ("note_worker", "note_worker", "str | None"),
        ("category_id", "category_id", "int | None"),
        ("parent_id", "parent_id", "int | None"),
        ("depth", "depth", "int | None"),
        ("visible", "visible", "int | None"),
        ("is_classification", "is_classification", "bool | None"),
        ("required", "required", "bool | None"),
        ("allow_multiple", "allow_multiple", "bool | None"),
        ("multiple_max_count", "multiple_max_count", "int | None"),
        ("allow_custom", "allow_custom", "bool | None"),
        ("is_custom", "is_custom", "bool | None"),
        ("custom_max_count", "custom_max_count", "int | None"),
        ("custom_moderation_status", "custom_moderation_status", "str | None"),
        ("custom_descendant_count", "custom_descendant_count", "int | None"),
        ("portfolio", "portfolio", "bool | None"),
        ("parent_portfolio", "parent_portfolio", "bool | None"),
        ("portfolio_type", "portfolio_type", "str | None"),
        ("demo_file_upload", "demo_file_upload", "bool | None"),
        ("order_index", "order_index", "int | None"),
        ("is_free_price", "is_free_price", "bool | None"),
        ("is_subscribe_price", "is_subscribe_price", "bool | None"),
        ("is_custom_extra_denied", "is_custom_extra_denied", "bool | None"),
        ("unembedded", "unembedded", "bool | None"),
        ("percent_usage", "percent_usage", "float | None"),
        ("orders_inprogress_limit", "orders_inprogress_limit", "int | None"),
        ("orders_inprogress_pause_off", "orders_inprogress_pause_off", "int | None"),
        ("is_kwork_links_sites", "is_kwork_links_sites", "int | None"),
        ("meta_title", "meta_title", "str | None"),
        ("meta_description", "meta_description", "str | None"),
        ("volume_type_id", "volume_type_id", "int | None"),
        ("base_volume", "base_volume", "int | None"),
        ("min_volume", "min_volume", "int | None"),
        ("max_volume", "max_volume", "int | None"),
        ("min_volume_type_id", "min_volume_type_id", "int | None"),
        ("max_volume_type_id", "max_volume_type_id", "int | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("alias", "alias", "str | None"),
        ("duplicated_attribute_id", "duplicated_attribute_id", "int | None"),
        ("is_duplicated_children_only", "is_duplicated_children_only", "bool | None"),
        ("twin_id", "twin_id", "int | None"),
        ("is_smm_hide", "is_smm_hide", "bool | None"),
        ("children", "children", "list[CategoryAttribute] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CategoryAttribute]]


def _from_wire(
    d: Any,
    where: str = "CategoryAttribute",
    _new: Callable[[type[CategoryAttribute]], CategoryAttribute] = object.__new__,
    _s_id: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["id"].__set__,
    _s_title: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["title"].__set__,
    _s_lang: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["lang"].__set__,
    _s_h1: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["h1"].__set__,
    _s_hint_payer: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "hint_payer"
    ].__set__,
    _s_hint_worker: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "hint_worker"
    ].__set__,
    _s_hint_volume: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "hint_volume"
    ].__set__,
    _s_note_worker: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "note_worker"
    ].__set__,
    _s_category_id: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "category_id"
    ].__set__,
    _s_parent_id: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["parent_id"].__set__,
    _s_depth: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["depth"].__set__,
    _s_visible: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["visible"].__set__,
    _s_is_classification: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "is_classification"
    ].__set__,
    _s_required: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["required"].__set__,
    _s_allow_multiple: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "allow_multiple"
    ].__set__,
    _s_multiple_max_count: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "multiple_max_count"
    ].__set__,
    _s_allow_custom: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "allow_custom"
    ].__set__,
    _s_is_custom: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["is_custom"].__set__,
    _s_custom_max_count: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "custom_max_count"
    ].__set__,
    _s_custom_moderation_status: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "custom_moderation_status"
    ].__set__,
    _s_custom_descendant_count: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "custom_descendant_count"
    ].__set__,
    _s_portfolio: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["portfolio"].__set__,
    _s_parent_portfolio: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "parent_portfolio"
    ].__set__,
    _s_portfolio_type: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "portfolio_type"
    ].__set__,
    _s_demo_file_upload: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "demo_file_upload"
    ].__set__,
    _s_order_index: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "order_index"
    ].__set__,
    _s_is_free_price: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "is_free_price"
    ].__set__,
    _s_is_subscribe_price: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "is_subscribe_price"
    ].__set__,
    _s_is_custom_extra_denied: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "is_custom_extra_denied"
    ].__set__,
    _s_unembedded: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "unembedded"
    ].__set__,
    _s_percent_usage: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "percent_usage"
    ].__set__,
    _s_orders_inprogress_limit: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "orders_inprogress_limit"
    ].__set__,
    _s_orders_inprogress_pause_off: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "orders_inprogress_pause_off"
    ].__set__,
    _s_is_kwork_links_sites: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "is_kwork_links_sites"
    ].__set__,
    _s_meta_title: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "meta_title"
    ].__set__,
    _s_meta_description: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "meta_description"
    ].__set__,
    _s_volume_type_id: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "volume_type_id"
    ].__set__,
    _s_base_volume: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "base_volume"
    ].__set__,
    _s_min_volume: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "min_volume"
    ].__set__,
    _s_max_volume: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "max_volume"
    ].__set__,
    _s_min_volume_type_id: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "min_volume_type_id"
    ].__set__,
    _s_max_volume_type_id: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "max_volume_type_id"
    ].__set__,
    _s_kworks_count: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "kworks_count"
    ].__set__,
    _s_alias: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["alias"].__set__,
    _s_duplicated_attribute_id: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "duplicated_attribute_id"
    ].__set__,
    _s_is_duplicated_children_only: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "is_duplicated_children_only"
    ].__set__,
    _s_twin_id: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["twin_id"].__set__,
    _s_is_smm_hide: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "is_smm_hide"
    ].__set__,
    _s_children: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__["children"].__set__,
    _s_additional_properties: Callable[[CategoryAttribute, Any], None] = CategoryAttribute.__dict__[
        "additional_properties"
    ].__set__,
) -> CategoryAttribute:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "CategoryAttribute.id")
        if f_id is None:
            raise _c.missing("CategoryAttribute.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "CategoryAttribute.title")
    f_lang = g("lang")
    if f_lang is not None and f_lang.__class__ is not str:
        f_lang = _c.to_str(f_lang, "CategoryAttribute.lang")
    f_h1 = g("h1")
    if f_h1 is not None and f_h1.__class__ is not str:
        f_h1 = _c.to_str(f_h1, "CategoryAttribute.h1")
    f_hint_payer = g("hint_payer")
    if f_hint_payer is not None and f_hint_payer.__class__ is not str:
        f_hint_payer = _c.to_str(f_hint_payer, "CategoryAttribute.hint_payer")
    f_hint_worker = g("hint_worker")
    if f_hint_worker is not None and f_hint_worker.__class__ is not str:
        f_hint_worker = _c.to_str(f_hint_worker, "CategoryAttribute.hint_worker")
    f_hint_volume = g("hint_volume")
    if f_hint_volume is not None and f_hint_volume.__class__ is not str:
        f_hint_volume = _c.to_str(f_hint_volume, "CategoryAttribute.hint_volume")
    f_note_worker = g("note_worker")
    if f_note_worker is not None and f_note_worker.__class__ is not str:
        f_note_worker = _c.to_str(f_note_worker, "CategoryAttribute.note_worker")
    f_category_id = g("category_id")
    if f_category_id is not None and f_category_id.__class__ is not int:
        f_category_id = _c.to_int(f_category_id, "CategoryAttribute.category_id")
    f_parent_id = g("parent_id")
    if f_parent_id is not None and f_parent_id.__class__ is not int:
        f_parent_id = _c.to_int(f_parent_id, "CategoryAttribute.parent_id")
    f_depth = g("depth")
    if f_depth is not None and f_depth.__class__ is not int:
        f_depth = _c.to_int(f_depth, "CategoryAttribute.depth")
    f_visible = g("visible")
    if f_visible is not None and f_visible.__class__ is not int:
        f_visible = _c.to_int(f_visible, "CategoryAttribute.visible")
    f_is_classification = g("is_classification")
    if f_is_classification is not None and f_is_classification.__class__ is not bool:
        f_is_classification = _c.to_bool(f_is_classification, "CategoryAttribute.is_classification")
    f_required = g("required")
    if f_required is not None and f_required.__class__ is not bool:
        f_required = _c.to_bool(f_required, "CategoryAttribute.required")
    f_allow_multiple = g("allow_multiple")
    if f_allow_multiple is not None and f_allow_multiple.__class__ is not bool:
        f_allow_multiple = _c.to_bool(f_allow_multiple, "CategoryAttribute.allow_multiple")
    f_multiple_max_count = g("multiple_max_count")
    if f_multiple_max_count is not None and f_multiple_max_count.__class__ is not int:
        f_multiple_max_count = _c.to_int(f_multiple_max_count, "CategoryAttribute.multiple_max_count")
    f_allow_custom = g("allow_custom")
    if f_allow_custom is not None and f_allow_custom.__class__ is not bool:
        f_allow_custom = _c.to_bool(f_allow_custom, "CategoryAttribute.allow_custom")
    f_is_custom = g("is_custom")
    if f_is_custom is not None and f_is_custom.__class__ is not bool:
        f_is_custom = _c.to_bool(f_is_custom, "CategoryAttribute.is_custom")
    f_custom_max_count = g("custom_max_count")
    if f_custom_max_count is not None and f_custom_max_count.__class__ is not int:
        f_custom_max_count = _c.to_int(f_custom_max_count, "CategoryAttribute.custom_max_count")
    f_custom_moderation_status = g("custom_moderation_status")
    if f_custom_moderation_status is not None and f_custom_moderation_status.__class__ is not str:
        f_custom_moderation_status = _c.to_str(
            f_custom_moderation_status, "CategoryAttribute.custom_moderation_status"
        )
    f_custom_descendant_count = g("custom_descendant_count")
    if f_custom_descendant_count is not None and f_custom_descendant_count.__class__ is not int:
        f_custom_descendant_count = _c.to_int(
            f_custom_descendant_count, "CategoryAttribute.custom_descendant_count"
        )
    f_portfolio = g("portfolio")
    if f_portfolio is not None and f_portfolio.__class__ is not bool:
        f_portfolio = _c.to_bool(f_portfolio, "CategoryAttribute.portfolio")
    f_parent_portfolio = g("parent_portfolio")
    if f_parent_portfolio is not None and f_parent_portfolio.__class__ is not bool:
        f_parent_portfolio = _c.to_bool(f_parent_portfolio, "CategoryAttribute.parent_portfolio")
    f_portfolio_type = g("portfolio_type")
    if f_portfolio_type is not None and f_portfolio_type.__class__ is not str:
        f_portfolio_type = _c.to_str(f_portfolio_type, "CategoryAttribute.portfolio_type")
    f_demo_file_upload = g("demo_file_upload")
    if f_demo_file_upload is not None and f_demo_file_upload.__class__ is not bool:
        f_demo_file_upload = _c.to_bool(f_demo_file_upload, "CategoryAttribute.demo_file_upload")
    f_order_index = g("order_index")
    if f_order_index is not None and f_order_index.__class__ is not int:
        f_order_index = _c.to_int(f_order_index, "CategoryAttribute.order_index")
    f_is_free_price = g("is_free_price")
    if f_is_free_price is not None and f_is_free_price.__class__ is not bool:
        f_is_free_price = _c.to_bool(f_is_free_price, "CategoryAttribute.is_free_price")
    f_is_subscribe_price = g("is_subscribe_price")
    if f_is_subscribe_price is not None and f_is_subscribe_price.__class__ is not bool:
        f_is_subscribe_price = _c.to_bool(f_is_subscribe_price, "CategoryAttribute.is_subscribe_price")
    f_is_custom_extra_denied = g("is_custom_extra_denied")
    if f_is_custom_extra_denied is not None and f_is_custom_extra_denied.__class__ is not bool:
        f_is_custom_extra_denied = _c.to_bool(
            f_is_custom_extra_denied, "CategoryAttribute.is_custom_extra_denied"
        )
    f_unembedded = g("unembedded")
    if f_unembedded is not None and f_unembedded.__class__ is not bool:
        f_unembedded = _c.to_bool(f_unembedded, "CategoryAttribute.unembedded")
    f_percent_usage = g("percent_usage")
    if (
        f_percent_usage is not None
        and f_percent_usage.__class__ is not float
        and f_percent_usage.__class__ is not int
    ):
        f_percent_usage = _c.to_float(f_percent_usage, "CategoryAttribute.percent_usage")
    f_orders_inprogress_limit = g("orders_inprogress_limit")
    if f_orders_inprogress_limit is not None and f_orders_inprogress_limit.__class__ is not int:
        f_orders_inprogress_limit = _c.to_int(
            f_orders_inprogress_limit, "CategoryAttribute.orders_inprogress_limit"
        )
    f_orders_inprogress_pause_off = g("orders_inprogress_pause_off")
    if f_orders_inprogress_pause_off is not None and f_orders_inprogress_pause_off.__class__ is not int:
        f_orders_inprogress_pause_off = _c.to_int(
            f_orders_inprogress_pause_off, "CategoryAttribute.orders_inprogress_pause_off"
        )
    f_is_kwork_links_sites = g("is_kwork_links_sites")
    if f_is_kwork_links_sites is not None and f_is_kwork_links_sites.__class__ is not int:
        f_is_kwork_links_sites = _c.to_int(f_is_kwork_links_sites, "CategoryAttribute.is_kwork_links_sites")
    f_meta_title = g("meta_title")
    if f_meta_title is not None and f_meta_title.__class__ is not str:
        f_meta_title = _c.to_str(f_meta_title, "CategoryAttribute.meta_title")
    f_meta_description = g("meta_description")
    if f_meta_description is not None and f_meta_description.__class__ is not str:
        f_meta_description = _c.to_str(f_meta_description, "CategoryAttribute.meta_description")
    f_volume_type_id = g("volume_type_id")
    if f_volume_type_id is not None and f_volume_type_id.__class__ is not int:
        f_volume_type_id = _c.to_int(f_volume_type_id, "CategoryAttribute.volume_type_id")
    f_base_volume = g("base_volume")
    if f_base_volume is not None and f_base_volume.__class__ is not int:
        f_base_volume = _c.to_int(f_base_volume, "CategoryAttribute.base_volume")
    f_min_volume = g("min_volume")
    if f_min_volume is not None and f_min_volume.__class__ is not int:
        f_min_volume = _c.to_int(f_min_volume, "CategoryAttribute.min_volume")
    f_max_volume = g("max_volume")
    if f_max_volume is not None and f_max_volume.__class__ is not int:
        f_max_volume = _c.to_int(f_max_volume, "CategoryAttribute.max_volume")
    f_min_volume_type_id = g("min_volume_type_id")
    if f_min_volume_type_id is not None and f_min_volume_type_id.__class__ is not int:
        f_min_volume_type_id = _c.to_int(f_min_volume_type_id, "CategoryAttribute.min_volume_type_id")
    f_max_volume_type_id = g("max_volume_type_id")
    if f_max_volume_type_id is not None and f_max_volume_type_id.__class__ is not int:
        f_max_volume_type_id = _c.to_int(f_max_volume_type_id, "CategoryAttribute.max_volume_type_id")
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "CategoryAttribute.kworks_count")
    f_alias = g("alias")
    if f_alias is not None and f_alias.__class__ is not str:
        f_alias = _c.to_str(f_alias, "CategoryAttribute.alias")
    f_duplicated_attribute_id = g("duplicated_attribute_id")
    if f_duplicated_attribute_id is not None and f_duplicated_attribute_id.__class__ is not int:
        f_duplicated_attribute_id = _c.to_int(
            f_duplicated_attribute_id, "CategoryAttribute.duplicated_attribute_id"
        )
    f_is_duplicated_children_only = g("is_duplicated_children_only")
    if f_is_duplicated_children_only is not None and f_is_duplicated_children_only.__class__ is not bool:
        f_is_duplicated_children_only = _c.to_bool(
            f_is_duplicated_children_only, "CategoryAttribute.is_duplicated_children_only"
        )
    f_twin_id = g("twin_id")
    if f_twin_id is not None and f_twin_id.__class__ is not int:
        f_twin_id = _c.to_int(f_twin_id, "CategoryAttribute.twin_id")
    f_is_smm_hide = g("is_smm_hide")
    if f_is_smm_hide is not None and f_is_smm_hide.__class__ is not bool:
        f_is_smm_hide = _c.to_bool(f_is_smm_hide, "CategoryAttribute.is_smm_hide")
    f_children = g("children")
    if f_children is not None:
        if f_children.__class__ is list:
            f_children = list(map(CategoryAttribute._from_wire, f_children))
        else:
            f_children = _c.to_list(f_children, CategoryAttribute._from_wire, "CategoryAttribute.children")
    o = _new(CategoryAttribute)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_lang(o, f_lang)
    _s_h1(o, f_h1)
    _s_hint_payer(o, f_hint_payer)
    _s_hint_worker(o, f_hint_worker)
    _s_hint_volume(o, f_hint_volume)
    _s_note_worker(o, f_note_worker)
    _s_category_id(o, f_category_id)
    _s_parent_id(o, f_parent_id)
    _s_depth(o, f_depth)
    _s_visible(o, f_visible)
    _s_is_classification(o, f_is_classification)
    _s_required(o, f_required)
    _s_allow_multiple(o, f_allow_multiple)
    _s_multiple_max_count(o, f_multiple_max_count)
    _s_allow_custom(o, f_allow_custom)
    _s_is_custom(o, f_is_custom)
    _s_custom_max_count(o, f_custom_max_count)
    _s_custom_moderation_status(o, f_custom_moderation_status)
    _s_custom_descendant_count(o, f_custom_descendant_count)
    _s_portfolio(o, f_portfolio)
    _s_parent_portfolio(o, f_parent_portfolio)
    _s_portfolio_type(o, f_portfolio_type)
    _s_demo_file_upload(o, f_demo_file_upload)
    _s_order_index(o, f_order_index)
    _s_is_free_price(o, f_is_free_price)
    _s_is_subscribe_price(o, f_is_subscribe_price)
    _s_is_custom_extra_denied(o, f_is_custom_extra_denied)
    _s_unembedded(o, f_unembedded)
    _s_percent_usage(o, f_percent_usage)
    _s_orders_inprogress_limit(o, f_orders_inprogress_limit)
    _s_orders_inprogress_pause_off(o, f_orders_inprogress_pause_off)
    _s_is_kwork_links_sites(o, f_is_kwork_links_sites)
    _s_meta_title(o, f_meta_title)
    _s_meta_description(o, f_meta_description)
    _s_volume_type_id(o, f_volume_type_id)
    _s_base_volume(o, f_base_volume)
    _s_min_volume(o, f_min_volume)
    _s_max_volume(o, f_max_volume)
    _s_min_volume_type_id(o, f_min_volume_type_id)
    _s_max_volume_type_id(o, f_max_volume_type_id)
    _s_kworks_count(o, f_kworks_count)
    _s_alias(o, f_alias)
    _s_duplicated_attribute_id(o, f_duplicated_attribute_id)
    _s_is_duplicated_children_only(o, f_is_duplicated_children_only)
    _s_twin_id(o, f_twin_id)
    _s_is_smm_hide(o, f_is_smm_hide)
    _s_children(o, f_children)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CategoryAttribute._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
