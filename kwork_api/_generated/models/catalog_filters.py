"""CatalogFilters: The filters of a catalog section.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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

    filters: list[CatalogFilter] | None = None
    groups: list[CatalogFilterGroup] | None = None
    kworks_count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("filters", "filters", "list[CatalogFilter] | None"),
        ("groups", "groups", "list[CatalogFilterGroup] | None"),
        ("kworks_count", "kworks_count", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "CatalogFilters") -> CatalogFilters:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_filters = g("filters")
        if f_filters is not None:
            f_filters = _c.to_list(
                f_filters, _m_catalog_filter.CatalogFilter._from_wire, "CatalogFilters.filters"
            )
        f_groups = g("groups")
        if f_groups is not None:
            f_groups = _c.to_list(
                f_groups, _m_catalog_filter_group.CatalogFilterGroup._from_wire, "CatalogFilters.groups"
            )
        f_kworks_count = g("kworks_count")
        if f_kworks_count is not None and f_kworks_count.__class__ is not int:
            f_kworks_count = _c.to_int(f_kworks_count, "CatalogFilters.kworks_count")
        extra = d.keys() - _KNOWN
        return CatalogFilters(
            f_filters,
            f_groups,
            f_kworks_count,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
