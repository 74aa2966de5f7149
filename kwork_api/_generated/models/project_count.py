"""ProjectCount: How many exchange projects match a filter, with a breakdown by budget and by offers.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import project_count_breakdown as _m_project_count_breakdown

if TYPE_CHECKING:
    from .project_count_breakdown import ProjectCountBreakdown

_KNOWN = frozenset(
    {
        "count",
        "filters",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProjectCount(KworkModel):
    """How many exchange projects match a filter, with a breakdown by budget and by offers.

    Attributes:
        count: Number of matching projects.
        filters: Breakdowns of the matching projects, for filter screens.
    """

    count: int | None = None
    filters: ProjectCountBreakdown | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("count", "count", "int | None"),
        ("filters", "filters", "ProjectCountBreakdown | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProjectCount]]


def _from_wire(
    d: Any,
    where: str = "ProjectCount",
    _new: Callable[[type[ProjectCount]], ProjectCount] = object.__new__,
    _s_count: Callable[[ProjectCount, Any], None] = ProjectCount.__dict__["count"].__set__,
    _s_filters: Callable[[ProjectCount, Any], None] = ProjectCount.__dict__["filters"].__set__,
    _s_additional_properties: Callable[[ProjectCount, Any], None] = ProjectCount.__dict__[
        "additional_properties"
    ].__set__,
) -> ProjectCount:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not int:
        f_count = _c.to_int(f_count, "ProjectCount.count")
    f_filters = g("filters")
    if f_filters is not None:
        f_filters = _c.to_model(
            f_filters, _m_project_count_breakdown.ProjectCountBreakdown._from_wire, "ProjectCount.filters"
        )
    o = _new(ProjectCount)
    _s_count(o, f_count)
    _s_filters(o, f_filters)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProjectCount._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
