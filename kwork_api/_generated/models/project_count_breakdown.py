"""ProjectCountBreakdown: Breakdowns of the matching projects, for filter screens.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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

    by_budget: list[ProjectCountRange] | None = None
    offers: list[ProjectCountRange] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("by_budget", "by_budget", "list[ProjectCountRange] | None"),
        ("offers", "offers", "list[ProjectCountRange] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ProjectCountBreakdown") -> ProjectCountBreakdown:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_by_budget = g("by_budget")
        if f_by_budget is not None:
            f_by_budget = _c.to_list(
                f_by_budget,
                _m_project_count_range.ProjectCountRange._from_wire,
                "ProjectCountBreakdown.by_budget",
            )
        f_offers = g("offers")
        if f_offers is not None:
            f_offers = _c.to_list(
                f_offers, _m_project_count_range.ProjectCountRange._from_wire, "ProjectCountBreakdown.offers"
            )
        extra = d.keys() - _KNOWN
        return ProjectCountBreakdown(
            f_by_budget,
            f_offers,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
