"""CatalogFilters: The filters of a catalog section.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import catalog_filter as _m_catalog_filter
from . import catalog_filter_group as _m_catalog_filter_group

if TYPE_CHECKING:
    from .catalog_filter import CatalogFilter
    from .catalog_filter_group import CatalogFilterGroup

_KNOWN = frozenset(
    {
        "filters",
        "groups",
        "kworks_count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogFilters(KworkModel):
    """The filters of a catalog section.

    Attributes:
        filters: The filters.
        groups: Groups the filters are shown in.
        kworks_count: Number of kworks matching the filters already chosen.
    """

    filters: list[CatalogFilter] | None = _attrs.field(default=None, hash=False)
    groups: list[CatalogFilterGroup] | None = _attrs.field(default=None, hash=False)
    kworks_count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("filters", "filters", "list[CatalogFilter] | None"),
        ("groups", "groups", "list[CatalogFilterGroup] | None"),
        ("kworks_count", "kworks_count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogFilters]]


def _from_wire(
    d: Any,
    where: str = "CatalogFilters",
    _new: Callable[[type[CatalogFilters]], CatalogFilters] = object.__new__,
    _s_filters: Callable[[CatalogFilters, Any], None] = CatalogFilters.__dict__["filters"].__set__,
    _s_groups: Callable[[CatalogFilters, Any], None] = CatalogFilters.__dict__["groups"].__set__,
    _s_kworks_count: Callable[[CatalogFilters, Any], None] = CatalogFilters.__dict__["kworks_count"].__set__,
    _s_additional_properties: Callable[[CatalogFilters, Any], None] = CatalogFilters.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogFilters:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_filters = g("filters")
    if f_filters is not None:
        if f_filters.__class__ is list:
            f_filters = list(map(_m_catalog_filter.CatalogFilter._from_wire, f_filters))
        else:
            f_filters = _c.to_list(
                f_filters, _m_catalog_filter.CatalogFilter._from_wire, "CatalogFilters.filters"
            )
    f_groups = g("groups")
    if f_groups is not None:
        if f_groups.__class__ is list:
            f_groups = list(map(_m_catalog_filter_group.CatalogFilterGroup._from_wire, f_groups))
        else:
            f_groups = _c.to_list(
                f_groups, _m_catalog_filter_group.CatalogFilterGroup._from_wire, "CatalogFilters.groups"
            )
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "CatalogFilters.kworks_count")
    o = _new(CatalogFilters)
    _s_filters(o, f_filters)
    _s_groups(o, f_groups)
    _s_kworks_count(o, f_kworks_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogFilters._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
