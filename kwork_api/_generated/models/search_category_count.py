"""SearchCategoryCount: A category with its number of search matches.

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
        "category",
        "name",
        "count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class SearchCategoryCount(KworkModel):
    """A category with its number of search matches.

    Attributes:
        category: Category id.
        name: Category name.
        count: Number of matching kworks in it.
    """

    category: int | None = None
    name: str | None = None
    count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("category", "category", "int | None"),
        ("name", "name", "str | None"),
        ("count", "count", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "SearchCategoryCount") -> SearchCategoryCount:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_category = g("category")
        if f_category is not None and f_category.__class__ is not int:
            f_category = _c.to_int(f_category, "SearchCategoryCount.category")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "SearchCategoryCount.name")
        f_count = g("count")
        if f_count is not None and f_count.__class__ is not int:
            f_count = _c.to_int(f_count, "SearchCategoryCount.count")
        extra = d.keys() - _KNOWN
        return SearchCategoryCount(
            f_category,
            f_name,
            f_count,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
