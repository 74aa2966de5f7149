"""CatalogTile: A tile that opens a catalog category or classifier; exactly one of the two ids is set.

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
        "category_id",
        "classifier_id",
        "name",
        "order",
        "cover_url",
        "kworks_count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogTile(KworkModel):
    """A tile that opens a catalog category or classifier; exactly one of the two ids is set.

    Attributes:
        category_id: Category id; null when the tile opens a classifier.
        classifier_id: Classifier id; null when the tile opens a category.
        name: Tile title.
        order: Sort position.
        cover_url: Tile image URL.
        kworks_count: Number of kworks behind the tile, when given.
    """

    category_id: int | None = None
    classifier_id: int | None = None
    name: str | None = None
    order: int | None = None
    cover_url: str | None = None
    kworks_count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("category_id", "category_id", "int | None"),
        ("classifier_id", "classifier_id", "int | None"),
        ("name", "name", "str | None"),
        ("order", "order", "int | None"),
        ("cover_url", "cover_url", "str | None"),
        ("kworks_count", "kworks_count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogTile]]


def _from_wire(
    d: Any,
    where: str = "CatalogTile",
    _new: Callable[[type[CatalogTile]], CatalogTile] = object.__new__,
    _s_category_id: Callable[[CatalogTile, Any], None] = CatalogTile.__dict__["category_id"].__set__,
    _s_classifier_id: Callable[[CatalogTile, Any], None] = CatalogTile.__dict__["classifier_id"].__set__,
    _s_name: Callable[[CatalogTile, Any], None] = CatalogTile.__dict__["name"].__set__,
    _s_order: Callable[[CatalogTile, Any], None] = CatalogTile.__dict__["order"].__set__,
    _s_cover_url: Callable[[CatalogTile, Any], None] = CatalogTile.__dict__["cover_url"].__set__,
    _s_kworks_count: Callable[[CatalogTile, Any], None] = CatalogTile.__dict__["kworks_count"].__set__,
    _s_additional_properties: Callable[[CatalogTile, Any], None] = CatalogTile.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogTile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_category_id = g("category_id")
    if f_category_id is not None and f_category_id.__class__ is not int:
        f_category_id = _c.to_int(f_category_id, "CatalogTile.category_id")
    f_classifier_id = g("classifier_id")
    if f_classifier_id is not None and f_classifier_id.__class__ is not int:
        f_classifier_id = _c.to_int(f_classifier_id, "CatalogTile.classifier_id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CatalogTile.name")
    f_order = g("order")
    if f_order is not None and f_order.__class__ is not int:
        f_order = _c.to_int(f_order, "CatalogTile.order")
    f_cover_url = g("cover_url")
    if f_cover_url is not None and f_cover_url.__class__ is not str:
        f_cover_url = _c.to_str(f_cover_url, "CatalogTile.cover_url")
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "CatalogTile.kworks_count")
    o = _new(CatalogTile)
    _s_category_id(o, f_category_id)
    _s_classifier_id(o, f_classifier_id)
    _s_name(o, f_name)
    _s_order(o, f_order)
    _s_cover_url(o, f_cover_url)
    _s_kworks_count(o, f_kworks_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogTile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
