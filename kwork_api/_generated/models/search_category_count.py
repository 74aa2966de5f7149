"""SearchCategoryCount: A category with its number of search matches.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("category", "category", "int | None"),
        ("name", "name", "str | None"),
        ("count", "count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], SearchCategoryCount]]


def _from_wire(
    d: Any,
    where: str = "SearchCategoryCount",
    _new: Callable[[type[SearchCategoryCount]], SearchCategoryCount] = object.__new__,
    _s_category: Callable[[SearchCategoryCount, Any], None] = SearchCategoryCount.__dict__[
        "category"
    ].__set__,
    _s_name: Callable[[SearchCategoryCount, Any], None] = SearchCategoryCount.__dict__["name"].__set__,
    _s_count: Callable[[SearchCategoryCount, Any], None] = SearchCategoryCount.__dict__["count"].__set__,
    _s_additional_properties: Callable[[SearchCategoryCount, Any], None] = SearchCategoryCount.__dict__[
        "additional_properties"
    ].__set__,
) -> SearchCategoryCount:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(SearchCategoryCount)
    _s_category(o, f_category)
    _s_name(o, f_name)
    _s_count(o, f_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


SearchCategoryCount._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
