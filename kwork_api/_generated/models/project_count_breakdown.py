"""ProjectCountBreakdown: Breakdowns of the matching projects, for filter screens.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import project_count_range as _m_project_count_range

if TYPE_CHECKING:
    from .project_count_range import ProjectCountRange

_KNOWN = frozenset(
    {
        "by_budget",
        "offers",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProjectCountBreakdown(KworkModel):
    """Breakdowns of the matching projects, for filter screens.

    Attributes:
        by_budget: Matching projects per budget range.
        offers: Matching projects per range of offers already received.
    """

    by_budget: list[ProjectCountRange] | None = _attrs.field(default=None, hash=False)
    offers: list[ProjectCountRange] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("by_budget", "by_budget", "list[ProjectCountRange] | None"),
        ("offers", "offers", "list[ProjectCountRange] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProjectCountBreakdown]]


def _from_wire(
    d: Any,
    where: str = "ProjectCountBreakdown",
    _new: Callable[[type[ProjectCountBreakdown]], ProjectCountBreakdown] = object.__new__,
    _s_by_budget: Callable[[ProjectCountBreakdown, Any], None] = ProjectCountBreakdown.__dict__[
        "by_budget"
    ].__set__,
    _s_offers: Callable[[ProjectCountBreakdown, Any], None] = ProjectCountBreakdown.__dict__[
        "offers"
    ].__set__,
    _s_additional_properties: Callable[[ProjectCountBreakdown, Any], None] = ProjectCountBreakdown.__dict__[
        "additional_properties"
    ].__set__,
) -> ProjectCountBreakdown:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_by_budget = g("by_budget")
    if f_by_budget is not None:
        if f_by_budget.__class__ is list:
            f_by_budget = list(map(_m_project_count_range.ProjectCountRange._from_wire, f_by_budget))
        else:
            f_by_budget = _c.to_list(
                f_by_budget,
                _m_project_count_range.ProjectCountRange._from_wire,
                "ProjectCountBreakdown.by_budget",
            )
    f_offers = g("offers")
    if f_offers is not None:
        if f_offers.__class__ is list:
            f_offers = list(map(_m_project_count_range.ProjectCountRange._from_wire, f_offers))
        else:
            f_offers = _c.to_list(
                f_offers, _m_project_count_range.ProjectCountRange._from_wire, "ProjectCountBreakdown.offers"
            )
    o = _new(ProjectCountBreakdown)
    _s_by_budget(o, f_by_budget)
    _s_offers(o, f_offers)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProjectCountBreakdown._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
