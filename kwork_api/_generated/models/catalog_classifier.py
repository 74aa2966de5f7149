"""CatalogClassifier: A classifier nested in a catalog section.

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
        "name",
        "kworks_count",
        "visibility",
        "isCatalogItem",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogClassifier(KworkModel):
    """A classifier nested in a catalog section.

    Attributes:
        id: Classifier id.
        name: Classifier name.
        kworks_count: Number of kworks in it.
        visibility: Who sees it: 1 everyone, 2 sellers only, 3 the search panel but not kwork
            pages.
        is_catalog_item: True for a catalog section, false for a classification attribute. Wire
            name: `isCatalogItem`.
    """

    id: int
    name: str | None = None
    kworks_count: int | None = None
    visibility: int | None = None
    is_catalog_item: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("visibility", "visibility", "int | None"),
        ("is_catalog_item", "isCatalogItem", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogClassifier]]


def _from_wire(
    d: Any,
    where: str = "CatalogClassifier",
    _new: Callable[[type[CatalogClassifier]], CatalogClassifier] = object.__new__,
    _s_id: Callable[[CatalogClassifier, Any], None] = CatalogClassifier.__dict__["id"].__set__,
    _s_name: Callable[[CatalogClassifier, Any], None] = CatalogClassifier.__dict__["name"].__set__,
    _s_kworks_count: Callable[[CatalogClassifier, Any], None] = CatalogClassifier.__dict__[
        "kworks_count"
    ].__set__,
    _s_visibility: Callable[[CatalogClassifier, Any], None] = CatalogClassifier.__dict__[
        "visibility"
    ].__set__,
    _s_is_catalog_item: Callable[[CatalogClassifier, Any], None] = CatalogClassifier.__dict__[
        "is_catalog_item"
    ].__set__,
    _s_additional_properties: Callable[[CatalogClassifier, Any], None] = CatalogClassifier.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogClassifier:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "CatalogClassifier.id")
        if f_id is None:
            raise _c.missing("CatalogClassifier.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CatalogClassifier.name")
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "CatalogClassifier.kworks_count")
    f_visibility = g("visibility")
    if f_visibility is not None and f_visibility.__class__ is not int:
        f_visibility = _c.to_int(f_visibility, "CatalogClassifier.visibility")
    f_is_catalog_item = g("isCatalogItem")
    if f_is_catalog_item is not None and f_is_catalog_item.__class__ is not bool:
        f_is_catalog_item = _c.to_bool(f_is_catalog_item, "CatalogClassifier.is_catalog_item")
    o = _new(CatalogClassifier)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_kworks_count(o, f_kworks_count)
    _s_visibility(o, f_visibility)
    _s_is_catalog_item(o, f_is_catalog_item)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogClassifier._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
