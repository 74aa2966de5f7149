"""KworkCategory: A catalog category; top levels hold subcategories.

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
        "subcategories",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkCategory(KworkModel):
    """A catalog category; top levels hold subcategories.

    Attributes:
        id: Category id.
        name: Category name.
        description: Short description of the category.
        subcategories: Child categories.
    """

    id: int
    name: str | None = None
    description: str | None = None
    subcategories: list[KworkCategory] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("description", "description", "str | None"),
        ("subcategories", "subcategories", "list[KworkCategory] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkCategory") -> KworkCategory:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "KworkCategory.id")
            if f_id is None:
                raise _c.missing("KworkCategory.id")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "KworkCategory.name")
        f_description = g("description")
        if f_description is not None and f_description.__class__ is not str:
            f_description = _c.to_str(f_description, "KworkCategory.description")
        f_subcategories = g("subcategories")
        if f_subcategories is not None:
            f_subcategories = _c.to_list(
                f_subcategories, KworkCategory._from_wire, "KworkCategory.subcategories"
            )
        extra = d.keys() - _KNOWN
        return KworkCategory(
            f_id,
            f_name,
            f_description,
            f_subcategories,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
