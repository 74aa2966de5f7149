"""TrackDetails: Extra details of a track entry; which keys are set depends on the entry type.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import balance_detail as _m_balance_detail
from . import track_acceptance_document as _m_track_acceptance_document
from . import track_portfolio_item as _m_track_portfolio_item
from . import track_receipt as _m_track_receipt
from . import track_stage_offer as _m_track_stage_offer

if TYPE_CHECKING:
    from .balance_detail import BalanceDetail
    from .track_acceptance_document import TrackAcceptanceDocument
    from .track_portfolio_item import TrackPortfolioItem
    from .track_receipt import TrackReceipt
    from .track_stage_offer import TrackStageOffer

_KNOWN = frozenset(
    {
        "tip",
        "tip_comment",
        "portfolio",
        "order_progress",
        "is_rating_affected",
        "reason_type",
        "stage_offers_duration_in_days",
        "stage_offers",
        "is_arbitration_rating_available",
        "arbitration_rating",
        "receipt",
        "balance_details",
        "required_for_acceptance_docs",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackDetails(KworkModel):
    """Extra details of a track entry; which keys are set depends on the entry type.

    Attributes:
        tip: Tip the buyer added, in the order's currency.
        tip_comment: The buyer's comment on the tip.
        portfolio: A portfolio item attached to a track entry, as the seller sent it with the
            work.
        order_progress: Progress of an order without stages, in percent.
        is_rating_affected: True when the cancellation lowered the seller's rating.
        reason_type: Code of the reason the order was cancelled.
        stage_offers_duration_in_days: Days the proposed stages take in total.
        stage_offers: Stages proposed in a counter-offer.
        is_arbitration_rating_available: True when the user may rate the arbitration.
        arbitration_rating: The user's rating of the arbitration.
        receipt: A tax receipt attached to an order by a self-employed seller.
        balance_details: Where the money was paid out or refunded to.
        required_for_acceptance_docs: Changed safe-deal (Yescrow) documents the buyer must
            accept.
    """

    tip: float | None = None
    tip_comment: str | None = None
    portfolio: TrackPortfolioItem | None = None
    order_progress: int | None = None
    is_rating_affected: bool | None = None
    reason_type: str | None = None
    stage_offers_duration_in_days: int | None = None
    stage_offers: list[TrackStageOffer] | None = _attrs.field(default=None, hash=False)
    is_arbitration_rating_available: bool | None = None
    arbitration_rating: int | None = None
    receipt: TrackReceipt | None = None
    balance_details: list[BalanceDetail] | None = _attrs.field(default=None, hash=False)
    required_for_acceptance_docs: list[TrackAcceptanceDocument] | None = _attrs.field(
        default=None, hash=False
    )
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("tip", "tip", "float | None"),
        ("tip_comment", "tip_comment", "str | None"),
        ("portfolio", "portfolio", "TrackPortfolioItem | None"),
        ("order_progress", "order_progress", "int | None"),
        ("is_rating_affected", "is_rating_affected", "bool | None"),
        ("reason_type", "reason_type", "str | None"),
        ("stage_offers_duration_in_days", "stage_offers_duration_in_days", "int | None"),
        ("stage_offers", "stage_offers", "list[TrackStageOffer] | None"),
        ("is_arbitration_rating_available", "is_arbitration_rating_available", "bool | None"),
        ("arbitration_rating", "arbitration_rating", "int | None"),
        ("receipt", "receipt", "TrackReceipt | None"),
        ("balance_details", "balance_details", "list[BalanceDetail] | None"),
        (
            "required_for_acceptance_docs",
            "required_for_acceptance_docs",
            "list[TrackAcceptanceDocument] | None",
        ),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackDetails]]


def _from_wire(
    d: Any,
    where: str = "TrackDetails",
    _new: Callable[[type[TrackDetails]], TrackDetails] = object.__new__,
    _s_tip: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__["tip"].__set__,
    _s_tip_comment: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__["tip_comment"].__set__,
    _s_portfolio: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__["portfolio"].__set__,
    _s_order_progress: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__["order_progress"].__set__,
    _s_is_rating_affected: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__[
        "is_rating_affected"
    ].__set__,
    _s_reason_type: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__["reason_type"].__set__,
    _s_stage_offers_duration_in_days: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__[
        "stage_offers_duration_in_days"
    ].__set__,
    _s_stage_offers: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__["stage_offers"].__set__,
    _s_is_arbitration_rating_available: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__[
        "is_arbitration_rating_available"
    ].__set__,
    _s_arbitration_rating: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__[
        "arbitration_rating"
    ].__set__,
    _s_receipt: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__["receipt"].__set__,
    _s_balance_details: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__[
        "balance_details"
    ].__set__,
    _s_required_for_acceptance_docs: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__[
        "required_for_acceptance_docs"
    ].__set__,
    _s_additional_properties: Callable[[TrackDetails, Any], None] = TrackDetails.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackDetails:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_tip = g("tip")
    if f_tip is not None and f_tip.__class__ is not float and f_tip.__class__ is not int:
        f_tip = _c.to_float(f_tip, "TrackDetails.tip")
    f_tip_comment = g("tip_comment")
    if f_tip_comment is not None and f_tip_comment.__class__ is not str:
        f_tip_comment = _c.to_str(f_tip_comment, "TrackDetails.tip_comment")
    f_portfolio = g("portfolio")
    if f_portfolio is not None:
        f_portfolio = _c.to_model(
            f_portfolio, _m_track_portfolio_item.TrackPortfolioItem._from_wire, "TrackDetails.portfolio"
        )
    f_order_progress = g("order_progress")
    if f_order_progress is not None and f_order_progress.__class__ is not int:
        f_order_progress = _c.to_int(f_order_progress, "TrackDetails.order_progress")
    f_is_rating_affected = g("is_rating_affected")
    if f_is_rating_affected is not None and f_is_rating_affected.__class__ is not bool:
        f_is_rating_affected = _c.to_bool(f_is_rating_affected, "TrackDetails.is_rating_affected")
    f_reason_type = g("reason_type")
    if f_reason_type is not None and f_reason_type.__class__ is not str:
        f_reason_type = _c.to_str(f_reason_type, "TrackDetails.reason_type")
    f_stage_offers_duration_in_days = g("stage_offers_duration_in_days")
    if f_stage_offers_duration_in_days is not None and f_stage_offers_duration_in_days.__class__ is not int:
        f_stage_offers_duration_in_days = _c.to_int(
            f_stage_offers_duration_in_days, "TrackDetails.stage_offers_duration_in_days"
        )
    f_stage_offers = g("stage_offers")
    if f_stage_offers is not None:
        if f_stage_offers.__class__ is list:
            f_stage_offers = list(map(_m_track_stage_offer.TrackStageOffer._from_wire, f_stage_offers))
        else:
            f_stage_offers = _c.to_list(
                f_stage_offers, _m_track_stage_offer.TrackStageOffer._from_wire, "TrackDetails.stage_offers"
            )
    f_is_arbitration_rating_available = g("is_arbitration_rating_available")
    if (
        f_is_arbitration_rating_available is not None
        and f_is_arbitration_rating_available.__class__ is not bool
    ):
        f_is_arbitration_rating_available = _c.to_bool(
            f_is_arbitration_rating_available, "TrackDetails.is_arbitration_rating_available"
        )
    f_arbitration_rating = g("arbitration_rating")
    if f_arbitration_rating is not None and f_arbitration_rating.__class__ is not int:
        f_arbitration_rating = _c.to_int(f_arbitration_rating, "TrackDetails.arbitration_rating")
    f_receipt = g("receipt")
    if f_receipt is not None:
        f_receipt = _c.to_model(f_receipt, _m_track_receipt.TrackReceipt._from_wire, "TrackDetails.receipt")
    f_balance_details = g("balance_details")
    if f_balance_details is not None:
        if f_balance_details.__class__ is list:
            f_balance_details = list(map(_m_balance_detail.BalanceDetail._from_wire, f_balance_details))
        else:
            f_balance_details = _c.to_list(
                f_balance_details, _m_balance_detail.BalanceDetail._from_wire, "TrackDetails.balance_details"
            )
    f_required_for_acceptance_docs = g("required_for_acceptance_docs")
    if f_required_for_acceptance_docs is not None:
        if f_required_for_acceptance_docs.__class__ is list:
            f_required_for_acceptance_docs = list(
                map(
                    _m_track_acceptance_document.TrackAcceptanceDocument._from_wire,
                    f_required_for_acceptance_docs,
                )
            )
        else:
            f_required_for_acceptance_docs = _c.to_list(
                f_required_for_acceptance_docs,
                _m_track_acceptance_document.TrackAcceptanceDocument._from_wire,
                "TrackDetails.required_for_acceptance_docs",
            )
    o = _new(TrackDetails)
    _s_tip(o, f_tip)
    _s_tip_comment(o, f_tip_comment)
    _s_portfolio(o, f_portfolio)
    _s_order_progress(o, f_order_progress)
    _s_is_rating_affected(o, f_is_rating_affected)
    _s_reason_type(o, f_reason_type)
    _s_stage_offers_duration_in_days(o, f_stage_offers_duration_in_days)
    _s_stage_offers(o, f_stage_offers)
    _s_is_arbitration_rating_available(o, f_is_arbitration_rating_available)
    _s_arbitration_rating(o, f_arbitration_rating)
    _s_receipt(o, f_receipt)
    _s_balance_details(o, f_balance_details)
    _s_required_for_acceptance_docs(o, f_required_for_acceptance_docs)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackDetails._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
