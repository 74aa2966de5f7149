"""CatalogFilter: A catalog filter and its possible values.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import catalog_filter_value as _m_catalog_filter_value

if TYPE_CHECKING:
    from .catalog_filter_value import CatalogFilterValue

_KNOWN = frozenset(
    {
        "id",
        "name",
        "query_key",
        "type",
        "is_unembedded",
        "is_package",
        "mobile_group_id",
        "min_value",
        "max_value",
        "placeholder",
        "values",
        "filters",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogFilter(KworkModel):
    """A catalog filter and its possible values.

    Attributes:
        id: Filter id.
        name: Filter title.
        query_key: Name of the query parameter the chosen value is sent as (to `get_list` and
            `search`).
        type: Input kind, such as `numeric`, `range`, `multiple_choice` or `one_of_several`.
        is_unembedded: True for an unembedded attribute filter: its chosen value ids go in
            `unembedded`.
        is_package: True for a package-parameter filter: its value goes in `packages`.
        mobile_group_id: Id of the group the app shows it in.
        min_value: Lowest value, for `range` filters.
        max_value: Highest value, for `range` filters.
        placeholder: Placeholder text of the input, for `numeric` filters.
        values: The values to choose from, if any.
        filters: Sub-filters, for package filters.
    """

    id: int | None = None
    name: str | None = None
    query_key: str | None = None
    type: str | None = None
    is_unembedded: bool | None = None
    is_package: bool | None = None
    mobile_group_id: int | None = None
    min_value: float | None = None
    max_value: float | None = None
    placeholder: str | None = None
    values: list[CatalogFilterValue] | None = _attrs.field(default=None, hash=False)
    filters: list[CatalogFilter] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("query_key", "query_key", "str | None"),
        ("type", "type", "str | None"),
        ("is_unembedded", "is_unembedded", "bool | None"),
        ("is_package", "is_package", "bool | None"),
        ("mobile_group_id", "mobile_group_id", "int | None"),
        ("min_value", "min_value", "float | None"),
        ("max_value", "max_value", "float | None"),
        ("placeholder", "placeholder", "str | None"),
        ("values", "values", "list[CatalogFilterValue] | None"),
        ("filters", "filters", "list[CatalogFilter] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogFilter]]


def _from_wire(
    d: Any,
    where: str = "CatalogFilter",
    _new: Callable[[type[CatalogFilter]], CatalogFilter] = object.__new__,
    _s_id: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["id"].__set__,
    _s_name: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["name"].__set__,
    _s_query_key: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["query_key"].__set__,
    _s_type: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["type"].__set__,
    _s_is_unembedded: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["is_unembedded"].__set__,
    _s_is_package: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["is_package"].__set__,
    _s_mobile_group_id: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__[
        "mobile_group_id"
    ].__set__,
    _s_min_value: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["min_value"].__set__,
    _s_max_value: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["max_value"].__set__,
    _s_placeholder: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["placeholder"].__set__,
    _s_values: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["values"].__set__,
    _s_filters: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__["filters"].__set__,
    _s_additional_properties: Callable[[CatalogFilter, Any], None] = CatalogFilter.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogFilter:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "CatalogFilter.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CatalogFilter.name")
    f_query_key = g("query_key")
    if f_query_key is not None and f_query_key.__class__ is not str:
        f_query_key = _c.to_str(f_query_key, "CatalogFilter.query_key")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "CatalogFilter.type")
    f_is_unembedded = g("is_unembedded")
    if f_is_unembedded is not None and f_is_unembedded.__class__ is not bool:
        f_is_unembedded = _c.to_bool(f_is_unembedded, "CatalogFilter.is_unembedded")
    f_is_package = g("is_package")
    if f_is_package is not None and f_is_package.__class__ is not bool:
        f_is_package = _c.to_bool(f_is_package, "CatalogFilter.is_package")
    f_mobile_group_id = g("mobile_group_id")
    if f_mobile_group_id is not None and f_mobile_group_id.__class__ is not int:
        f_mobile_group_id = _c.to_int(f_mobile_group_id, "CatalogFilter.mobile_group_id")
    f_min_value = g("min_value")
    if f_min_value is not None and f_min_value.__class__ is not float and f_min_value.__class__ is not int:
        f_min_value = _c.to_float(f_min_value, "CatalogFilter.min_value")
    f_max_value = g("max_value")
    if f_max_value is not None and f_max_value.__class__ is not float and f_max_value.__class__ is not int:
        f_max_value = _c.to_float(f_max_value, "CatalogFilter.max_value")
    f_placeholder = g("placeholder")
    if f_placeholder is not None and f_placeholder.__class__ is not str:
        f_placeholder = _c.to_str(f_placeholder, "CatalogFilter.placeholder")
    f_values = g("values")
    if f_values is not None:
        if f_values.__class__ is list:
            f_values = list(map(_m_catalog_filter_value.CatalogFilterValue._from_wire, f_values))
        else:
            f_values = _c.to_list(
                f_values, _m_catalog_filter_value.CatalogFilterValue._from_wire, "CatalogFilter.values"
            )
    f_filters = g("filters")
    if f_filters is not None:
        if f_filters.__class__ is list:
            f_filters = list(map(CatalogFilter._from_wire, f_filters))
        else:
            f_filters = _c.to_list(f_filters, CatalogFilter._from_wire, "CatalogFilter.filters")
    o = _new(CatalogFilter)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_query_key(o, f_query_key)
    _s_type(o, f_type)
    _s_is_unembedded(o, f_is_unembedded)
    _s_is_package(o, f_is_package)
    _s_mobile_group_id(o, f_mobile_group_id)
    _s_min_value(o, f_min_value)
    _s_max_value(o, f_max_value)
    _s_placeholder(o, f_placeholder)
    _s_values(o, f_values)
    _s_filters(o, f_filters)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogFilter._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
