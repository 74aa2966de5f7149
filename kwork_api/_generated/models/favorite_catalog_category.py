"""FavoriteCatalogCategory: A category or attribute the user marked as a favourite.

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
        "description",
        "is_attribute",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class FavoriteCatalogCategory(KworkModel):
    """A category or attribute the user marked as a favourite.

    Attributes:
        id: Category or attribute id.
        name: Name.
        description: Short description.
        is_attribute: True when the entry is an attribute rather than a category.
    """

    id: int
    name: str | None = None
    description: str | None = None
    is_attribute: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("description", "description", "str | None"),
        ("is_attribute", "is_attribute", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], FavoriteCatalogCategory]]


def _from_wire(
    d: Any,
    where: str = "FavoriteCatalogCategory",
    _new: Callable[[type[FavoriteCatalogCategory]], FavoriteCatalogCategory] = object.__new__,
    _s_id: Callable[[FavoriteCatalogCategory, Any], None] = FavoriteCatalogCategory.__dict__["id"].__set__,
    _s_name: Callable[[FavoriteCatalogCategory, Any], None] = FavoriteCatalogCategory.__dict__[
        "name"
    ].__set__,
    _s_description: Callable[[FavoriteCatalogCategory, Any], None] = FavoriteCatalogCategory.__dict__[
        "description"
    ].__set__,
    _s_is_attribute: Callable[[FavoriteCatalogCategory, Any], None] = FavoriteCatalogCategory.__dict__[
        "is_attribute"
    ].__set__,
    _s_additional_properties: Callable[
        [FavoriteCatalogCategory, Any], None
    ] = FavoriteCatalogCategory.__dict__["additional_properties"].__set__,
) -> FavoriteCatalogCategory:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "FavoriteCatalogCategory.id")
        if f_id is None:
            raise _c.missing("FavoriteCatalogCategory.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "FavoriteCatalogCategory.name")
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "FavoriteCatalogCategory.description")
    f_is_attribute = g("is_attribute")
    if f_is_attribute is not None and f_is_attribute.__class__ is not bool:
        f_is_attribute = _c.to_bool(f_is_attribute, "FavoriteCatalogCategory.is_attribute")
    o = _new(FavoriteCatalogCategory)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_description(o, f_description)
    _s_is_attribute(o, f_is_attribute)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


FavoriteCatalogCategory._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
