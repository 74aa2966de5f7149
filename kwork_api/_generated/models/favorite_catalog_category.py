"""FavoriteCatalogCategory: A category or attribute the user marked as a favourite.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("description", "description", "str | None"),
        ("is_attribute", "is_attribute", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "FavoriteCatalogCategory") -> FavoriteCatalogCategory:
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
        extra = d.keys() - _KNOWN
        return FavoriteCatalogCategory(
            f_id,
            f_name,
            f_description,
            f_is_attribute,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
