"""ProjectCountRange: One range of a project count breakdown (a budget range or an offer-count range) and how many matching projects fall into it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import project_count_range_bounds as _m_project_count_range_bounds

if TYPE_CHECKING:
    from .project_count_range_bounds import ProjectCountRangeBounds

_KNOWN = frozenset(
    {
        "name",
        "boundaries",
        "count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProjectCountRange(KworkModel):
    """One range of a project count breakdown (a budget range or an offer-count range) and how many
    matching projects fall into it.

    Attributes:
        name: Label of the range, as the app shows it.
        boundaries: The bounds of a count range; a missing bound means open-ended.
        count: Number of matching projects in the range.
    """

    name: str | None = None
    boundaries: ProjectCountRangeBounds | None = None
    count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("boundaries", "boundaries", "ProjectCountRangeBounds | None"),
        ("count", "count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProjectCountRange]]


def _from_wire(
    d: Any,
    where: str = "ProjectCountRange",
    _new: Callable[[type[ProjectCountRange]], ProjectCountRange] = object.__new__,
    _s_name: Callable[[ProjectCountRange, Any], None] = ProjectCountRange.__dict__["name"].__set__,
    _s_boundaries: Callable[[ProjectCountRange, Any], None] = ProjectCountRange.__dict__[
        "boundaries"
    ].__set__,
    _s_count: Callable[[ProjectCountRange, Any], None] = ProjectCountRange.__dict__["count"].__set__,
    _s_additional_properties: Callable[[ProjectCountRange, Any], None] = ProjectCountRange.__dict__[
        "additional_properties"
    ].__set__,
) -> ProjectCountRange:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "ProjectCountRange.name")
    f_boundaries = g("boundaries")
    if f_boundaries is not None:
        f_boundaries = _c.to_model(
            f_boundaries,
            _m_project_count_range_bounds.ProjectCountRangeBounds._from_wire,
            "ProjectCountRange.boundaries",
        )
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not int:
        f_count = _c.to_int(f_count, "ProjectCountRange.count")
    o = _new(ProjectCountRange)
    _s_name(o, f_name)
    _s_boundaries(o, f_boundaries)
    _s_count(o, f_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProjectCountRange._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
