"""CustomRequest: A buyer's request for an individual kwork, made in a message.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("budget", "budget", "str | None"),
        ("duration", "duration", "str | None"),
        ("not_available_for_company", "not_available_for_company", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CustomRequest]]


def _from_wire(
    d: Any,
    where: str = "CustomRequest",
    _new: Callable[[type[CustomRequest]], CustomRequest] = object.__new__,
    _s_budget: Callable[[CustomRequest, Any], None] = CustomRequest.__dict__["budget"].__set__,
    _s_duration: Callable[[CustomRequest, Any], None] = CustomRequest.__dict__["duration"].__set__,
    _s_not_available_for_company: Callable[[CustomRequest, Any], None] = CustomRequest.__dict__[
        "not_available_for_company"
    ].__set__,
    _s_additional_properties: Callable[[CustomRequest, Any], None] = CustomRequest.__dict__[
        "additional_properties"
    ].__set__,
) -> CustomRequest:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(CustomRequest)
    _s_budget(o, f_budget)
    _s_duration(o, f_duration)
    _s_not_available_for_company(o, f_not_available_for_company)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CustomRequest._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
