"""CustomRequest: A buyer's request for an individual kwork, made in a message.

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
        "budget",
        "duration",
        "not_available_for_company",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CustomRequest(KworkModel):
    """A buyer's request for an individual kwork, made in a message.

    Attributes:
        budget: Budget the buyer offers.
        duration: Time allowed for the work, in seconds; null for no limit.
        not_available_for_company: True when the app should warn that ordering is not available
            to a company's member account.
    """

    budget: str | None = None
    duration: str | None = None
    not_available_for_company: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("budget", "budget", "str | None"),
        ("duration", "duration", "str | None"),
        ("not_available_for_company", "not_available_for_company", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "CustomRequest") -> CustomRequest:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_budget = g("budget")
        if f_budget is not None and f_budget.__class__ is not str:
            f_budget = _c.to_str(f_budget, "CustomRequest.budget")
        f_duration = g("duration")
        if f_duration is not None and f_duration.__class__ is not str:
            f_duration = _c.to_str(f_duration, "CustomRequest.duration")
        f_not_available_for_company = g("not_available_for_company")
        if f_not_available_for_company is not None and f_not_available_for_company.__class__ is not bool:
            f_not_available_for_company = _c.to_bool(
                f_not_available_for_company, "CustomRequest.not_available_for_company"
            )
        extra = d.keys() - _KNOWN
        return CustomRequest(
            f_budget,
            f_duration,
            f_not_available_for_company,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
