"""CustomOffer: An individual kwork a seller offered in a message.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import custom_offer_kwork as _m_custom_offer_kwork
from . import custom_offer_order as _m_custom_offer_order

if TYPE_CHECKING:
    from .custom_offer_kwork import CustomOfferKwork
    from .custom_offer_order import CustomOfferOrder

_KNOWN = frozenset(
    {
        "order_id",
        "status",
        "budget",
        "duration",
        "kwork",
        "order",
        "not_available_for_company",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CustomOffer(KworkModel):
    """An individual kwork a seller offered in a message.

    Attributes:
        order_id: Id of the order it would create or created.
        status: State of the offer: `new` (open), `cancel` (declined) or `done` (ordered).
        budget: Price of the offer.
        duration: Time allowed for the work, in seconds; null for no limit.
        kwork: The kwork the offer is based on.
        order: The order terms and prices.
        not_available_for_company: True when the app should warn that ordering is not available
            to a company's member account.
    """

    order_id: int | None = None
    status: str | None = None
    budget: float | None = None
    duration: int | None = None
    kwork: CustomOfferKwork | None = None
    order: CustomOfferOrder | None = None
    not_available_for_company: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("order_id", "order_id", "int | None"),
        ("status", "status", "str | None"),
        ("budget", "budget", "float | None"),
        ("duration", "duration", "int | None"),
        ("kwork", "kwork", "CustomOfferKwork | None"),
        ("order", "order", "CustomOfferOrder | None"),
        ("not_available_for_company", "not_available_for_company", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CustomOffer]]


def _from_wire(
    d: Any,
    where: str = "CustomOffer",
    _new: Callable[[type[CustomOffer]], CustomOffer] = object.__new__,
    _s_order_id: Callable[[CustomOffer, Any], None] = CustomOffer.__dict__["order_id"].__set__,
    _s_status: Callable[[CustomOffer, Any], None] = CustomOffer.__dict__["status"].__set__,
    _s_budget: Callable[[CustomOffer, Any], None] = CustomOffer.__dict__["budget"].__set__,
    _s_duration: Callable[[CustomOffer, Any], None] = CustomOffer.__dict__["duration"].__set__,
    _s_kwork: Callable[[CustomOffer, Any], None] = CustomOffer.__dict__["kwork"].__set__,
    _s_order: Callable[[CustomOffer, Any], None] = CustomOffer.__dict__["order"].__set__,
    _s_not_available_for_company: Callable[[CustomOffer, Any], None] = CustomOffer.__dict__[
        "not_available_for_company"
    ].__set__,
    _s_additional_properties: Callable[[CustomOffer, Any], None] = CustomOffer.__dict__[
        "additional_properties"
    ].__set__,
) -> CustomOffer:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_order_id = g("order_id")
    if f_order_id is not None and f_order_id.__class__ is not int:
        f_order_id = _c.to_int(f_order_id, "CustomOffer.order_id")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "CustomOffer.status")
    f_budget = g("budget")
    if f_budget is not None and f_budget.__class__ is not float and f_budget.__class__ is not int:
        f_budget = _c.to_float(f_budget, "CustomOffer.budget")
    f_duration = g("duration")
    if f_duration is not None and f_duration.__class__ is not int:
        f_duration = _c.to_int(f_duration, "CustomOffer.duration")
    f_kwork = g("kwork")
    if f_kwork is not None:
        f_kwork = _c.to_model(f_kwork, _m_custom_offer_kwork.CustomOfferKwork._from_wire, "CustomOffer.kwork")
    f_order = g("order")
    if f_order is not None:
        f_order = _c.to_model(f_order, _m_custom_offer_order.CustomOfferOrder._from_wire, "CustomOffer.order")
    f_not_available_for_company = g("not_available_for_company")
    if f_not_available_for_company is not None and f_not_available_for_company.__class__ is not bool:
        f_not_available_for_company = _c.to_bool(
            f_not_available_for_company, "CustomOffer.not_available_for_company"
        )
    o = _new(CustomOffer)
    _s_order_id(o, f_order_id)
    _s_status(o, f_status)
    _s_budget(o, f_budget)
    _s_duration(o, f_duration)
    _s_kwork(o, f_kwork)
    _s_order(o, f_order)
    _s_not_available_for_company(o, f_not_available_for_company)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CustomOffer._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
