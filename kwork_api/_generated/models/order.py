"""Order: An order in the user's order list. The buyer's list fills `worker`, the freelancer's list fills `payer`; some fields appear in one list only.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_counterparty as _m_order_counterparty

if TYPE_CHECKING:
    from .order_counterparty import OrderCounterparty

_KNOWN = frozenset(
    {
        "id",
        "kwork_title",
        "display_title",
        "price",
        "has_stages",
        "stages_price",
        "has_completed_stages",
        "status",
        "statusVirtual",
        "time_added",
        "display_time",
        "deadline",
        "duration",
        "time_left",
        "time_is_lost",
        "time_cancel",
        "project",
        "kwork_id",
        "in_work",
        "is_cancel_request",
        "missing_data",
        "can_add_review",
        "can_repeat_order",
        "can_add_portfolio",
        "cancel_reason",
        "unread_tracks",
        "worker",
        "payer",
        "photo",
        "order_note",
        "progress",
        "payment_type",
        "yescrowPaymentNotAvailable",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Order(KworkModel):
    """An order in the user's order list. The buyer's list fills `worker`, the freelancer's list fills
    `payer`; some fields appear in one list only.

    Attributes:
        id: Order id.
        kwork_title: Title of the kwork ordered.
        display_title: Title the buyer gave the order, when they gave one.
        price: Order price, in the account's currency.
        has_stages: True when the order is split into stages.
        stages_price: Total price of all stages, for staged orders.
        has_completed_stages: True when some stages are already accepted.
        status: Order status: 1 in progress, 2 in arbitration, 3 cancelled, 4 delivered and
            awaiting review, 5 completed, 6 awaiting payment.
        status_virtual: Finer status code the app displays; refines `status`. Wire name:
            `statusVirtual`.
        time_added: When the order was placed (Unix time).
        display_time: Time to show in the list (Unix time): the delivery date for completed
            orders, the cancellation date for cancelled ones, otherwise the order date. Buyer
            lists only.
        deadline: When the work is due (Unix time).
        duration: Time allowed for the work, in seconds. Freelancer lists only.
        time_left: Time left, as display text, for orders in progress: until the deadline once
            work has started, otherwise until the order is cancelled automatically. Empty when
            time is up. Freelancer lists only.
        time_is_lost: Deadline warning in the freelancer's list: 1 when under an hour is left to
            take a paid order into work, 0 when more time is left, -2 when the work was not
            delivered on time; orders that need no start carry another value.
        time_cancel: When the order was cancelled (Unix time). Freelancer lists only.
        project: The exchange project the order came from, when it came from one.
        kwork_id: Id of the kwork ordered. Buyer lists only.
        in_work: True once the freelancer has taken the order into work.
        is_cancel_request: True while a cancellation request is open (orders in progress only).
        missing_data: True when the buyer still has to provide data for the work. Buyer lists
            only.
        can_add_review: True when the buyer can still leave a review. Buyer lists only.
        can_repeat_order: True when the buyer can order the same again (`repeat`). Buyer lists
            only.
        can_add_portfolio: True when the freelancer may add this work to the portfolio.
            Freelancer lists only.
        cancel_reason: Why the order was cancelled, for cancelled orders.
        unread_tracks: Unread entries in the order's track.
        worker: The freelancer (in the buyer's list).
        payer: The buyer (in the freelancer's list).
        photo: Cover image of the kwork.
        order_note: The user's private note on the order.
        progress: Progress the freelancer reported, in percent.
        payment_type: Payment scheme: 0 a private buyer, 1 a subscription, 2 escrow (non-cash,
            for companies).
        yescrow_payment_not_available: True when escrow payment is no longer available for the
            order. Buyer lists only. Wire name: `yescrowPaymentNotAvailable`.
    """

    id: int
    kwork_title: str | None = None
    display_title: str | None = None
    price: float | None = None
    has_stages: bool | None = None
    stages_price: float | None = None
    has_completed_stages: bool | None = None
    status: int | None = None
    status_virtual: int | None = None
    time_added: int | None = None
    display_time: int | None = None
    deadline: int | None = None
    duration: int | None = None
    time_left: str | None = None
    time_is_lost: int | None = None
    time_cancel: int | None = None
    project: str | None = None
    kwork_id: int | None = None
    in_work: bool | None = None
    is_cancel_request: bool | None = None
    missing_data: bool | None = None
    can_add_review: bool | None = None
    can_repeat_order: bool | None = None
    can_add_portfolio: bool | None = None
    cancel_reason: str | None = None
    unread_tracks: int | None = None
    worker: OrderCounterparty | None = None
    payer: OrderCounterparty | None = None
    photo: str | None = None
    order_note: str | None = None
    progress: int | None = None
    payment_type: int | None = None
    yescrow_payment_not_available: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("kwork_title", "kwork_title", "str | None"),
        ("display_title", "display_title", "str | None"),
        ("price", "price", "float | None"),
        ("has_stages", "has_stages", "bool | None"),
        ("stages_price", "stages_price", "float | None"),
        ("has_completed_stages", "has_completed_stages", "bool | None"),
        ("status", "status", "int | None"),
        ("status_virtual", "statusVirtual", "int | None"),
        ("time_added", "time_added", "int | None"),
        ("display_time", "display_time", "int | None"),
        ("deadline", "deadline", "int | None"),
        ("duration", "duration", "int | None"),
        ("time_left", "time_left", "str | None"),
        ("time_is_lost", "time_is_lost", "int | None"),
        ("time_cancel", "time_cancel", "int | None"),
        ("project", "project", "str | None"),
        ("kwork_id", "kwork_id", "int | None"),
        ("in_work", "in_work", "bool | None"),
        ("is_cancel_request", "is_cancel_request", "bool | None"),
        ("missing_data", "missing_data", "bool | None"),
        ("can_add_review", "can_add_review", "bool | None"),
        ("can_repeat_order", "can_repeat_order", "bool | None"),
        ("can_add_portfolio", "can_add_portfolio", "bool | None"),
        ("cancel_reason", "cancel_reason", "str | None"),
        ("unread_tracks", "unread_tracks", "int | None"),
        ("worker", "worker", "OrderCounterparty | None"),
        ("payer", "payer", "OrderCounterparty | None"),
        ("photo", "photo", "str | None"),
        ("order_note", "order_note", "str | None"),
        ("progress", "progress", "int | None"),
        ("payment_type", "payment_type", "int | None"),
        ("yescrow_payment_not_available", "yescrowPaymentNotAvailable", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Order]]


def _from_wire(
    d: Any,
    where: str = "Order",
    _new: Callable[[type[Order]], Order] = object.__new__,
    _s_id: Callable[[Order, Any], None] = Order.__dict__["id"].__set__,
    _s_kwork_title: Callable[[Order, Any], None] = Order.__dict__["kwork_title"].__set__,
    _s_display_title: Callable[[Order, Any], None] = Order.__dict__["display_title"].__set__,
    _s_price: Callable[[Order, Any], None] = Order.__dict__["price"].__set__,
    _s_has_stages: Callable[[Order, Any], None] = Order.__dict__["has_stages"].__set__,
    _s_stages_price: Callable[[Order, Any], None] = Order.__dict__["stages_price"].__set__,
    _s_has_completed_stages: Callable[[Order, Any], None] = Order.__dict__["has_completed_stages"].__set__,
    _s_status: Callable[[Order, Any], None] = Order.__dict__["status"].__set__,
    _s_status_virtual: Callable[[Order, Any], None] = Order.__dict__["status_virtual"].__set__,
    _s_time_added: Callable[[Order, Any], None] = Order.__dict__["time_added"].__set__,
    _s_display_time: Callable[[Order, Any], None] = Order.__dict__["display_time"].__set__,
    _s_deadline: Callable[[Order, Any], None] = Order.__dict__["deadline"].__set__,
    _s_duration: Callable[[Order, Any], None] = Order.__dict__["duration"].__set__,
    _s_time_left: Callable[[Order, Any], None] = Order.__dict__["time_left"].__set__,
    _s_time_is_lost: Callable[[Order, Any], None] = Order.__dict__["time_is_lost"].__set__,
    _s_time_cancel: Callable[[Order, Any], None] = Order.__dict__["time_cancel"].__set__,
    _s_project: Callable[[Order, Any], None] = Order.__dict__["project"].__set__,
    _s_kwork_id: Callable[[Order, Any], None] = Order.__dict__["kwork_id"].__set__,
    _s_in_work: Callable[[Order, Any], None] = Order.__dict__["in_work"].__set__,
    _s_is_cancel_request: Callable[[Order, Any], None] = Order.__dict__["is_cancel_request"].__set__,
    _s_missing_data: Callable[[Order, Any], None] = Order.__dict__["missing_data"].__set__,
    _s_can_add_review: Callable[[Order, Any], None] = Order.__dict__["can_add_review"].__set__,
    _s_can_repeat_order: Callable[[Order, Any], None] = Order.__dict__["can_repeat_order"].__set__,
    _s_can_add_portfolio: Callable[[Order, Any], None] = Order.__dict__["can_add_portfolio"].__set__,
    _s_cancel_reason: Callable[[Order, Any], None] = Order.__dict__["cancel_reason"].__set__,
    _s_unread_tracks: Callable[[Order, Any], None] = Order.__dict__["unread_tracks"].__set__,
    _s_worker: Callable[[Order, Any], None] = Order.__dict__["worker"].__set__,
    _s_payer: Callable[[Order, Any], None] = Order.__dict__["payer"].__set__,
    _s_photo: Callable[[Order, Any], None] = Order.__dict__["photo"].__set__,
    _s_order_note: Callable[[Order, Any], None] = Order.__dict__["order_note"].__set__,
    _s_progress: Callable[[Order, Any], None] = Order.__dict__["progress"].__set__,
    _s_payment_type: Callable[[Order, Any], None] = Order.__dict__["payment_type"].__set__,
    _s_yescrow_payment_not_available: Callable[[Order, Any], None] = Order.__dict__[
        "yescrow_payment_not_available"
    ].__set__,
    _s_additional_properties: Callable[[Order, Any], None] = Order.__dict__["additional_properties"].__set__,
) -> Order:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "Order.id")
        if f_id is None:
            raise _c.missing("Order.id")
    f_kwork_title = g("kwork_title")
    if f_kwork_title is not None and f_kwork_title.__class__ is not str:
        f_kwork_title = _c.to_str(f_kwork_title, "Order.kwork_title")
    f_display_title = g("display_title")
    if f_display_title is not None and f_display_title.__class__ is not str:
        f_display_title = _c.to_str(f_display_title, "Order.display_title")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "Order.price")
    f_has_stages = g("has_stages")
    if f_has_stages is not None and f_has_stages.__class__ is not bool:
        f_has_stages = _c.to_bool(f_has_stages, "Order.has_stages")
    f_stages_price = g("stages_price")
    if (
        f_stages_price is not None
        and f_stages_price.__class__ is not float
        and f_stages_price.__class__ is not int
    ):
        f_stages_price = _c.to_float(f_stages_price, "Order.stages_price")
    f_has_completed_stages = g("has_completed_stages")
    if f_has_completed_stages is not None and f_has_completed_stages.__class__ is not bool:
        f_has_completed_stages = _c.to_bool(f_has_completed_stages, "Order.has_completed_stages")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not int:
        f_status = _c.to_int(f_status, "Order.status")
    f_status_virtual = g("statusVirtual")
    if f_status_virtual is not None and f_status_virtual.__class__ is not int:
        f_status_virtual = _c.to_int(f_status_virtual, "Order.status_virtual")
    f_time_added = g("time_added")
    if f_time_added is not None and f_time_added.__class__ is not int:
        f_time_added = _c.to_int(f_time_added, "Order.time_added")
    f_display_time = g("display_time")
    if f_display_time is not None and f_display_time.__class__ is not int:
        f_display_time = _c.to_int(f_display_time, "Order.display_time")
    f_deadline = g("deadline")
    if f_deadline is not None and f_deadline.__class__ is not int:
        f_deadline = _c.to_int(f_deadline, "Order.deadline")
    f_duration = g("duration")
    if f_duration is not None and f_duration.__class__ is not int:
        f_duration = _c.to_int(f_duration, "Order.duration")
    f_time_left = g("time_left")
    if f_time_left is not None and f_time_left.__class__ is not str:
        f_time_left = _c.to_str(f_time_left, "Order.time_left")
    f_time_is_lost = g("time_is_lost")
    if f_time_is_lost is not None and f_time_is_lost.__class__ is not int:
        f_time_is_lost = _c.to_int(f_time_is_lost, "Order.time_is_lost")
    f_time_cancel = g("time_cancel")
    if f_time_cancel is not None and f_time_cancel.__class__ is not int:
        f_time_cancel = _c.to_int(f_time_cancel, "Order.time_cancel")
    f_project = g("project")
    if f_project is not None and f_project.__class__ is not str:
        f_project = _c.to_str(f_project, "Order.project")
    f_kwork_id = g("kwork_id")
    if f_kwork_id is not None and f_kwork_id.__class__ is not int:
        f_kwork_id = _c.to_int(f_kwork_id, "Order.kwork_id")
    f_in_work = g("in_work")
    if f_in_work is not None and f_in_work.__class__ is not bool:
        f_in_work = _c.to_bool(f_in_work, "Order.in_work")
    f_is_cancel_request = g("is_cancel_request")
    if f_is_cancel_request is not None and f_is_cancel_request.__class__ is not bool:
        f_is_cancel_request = _c.to_bool(f_is_cancel_request, "Order.is_cancel_request")
    f_missing_data = g("missing_data")
    if f_missing_data is not None and f_missing_data.__class__ is not bool:
        f_missing_data = _c.to_bool(f_missing_data, "Order.missing_data")
    f_can_add_review = g("can_add_review")
    if f_can_add_review is not None and f_can_add_review.__class__ is not bool:
        f_can_add_review = _c.to_bool(f_can_add_review, "Order.can_add_review")
    f_can_repeat_order = g("can_repeat_order")
    if f_can_repeat_order is not None and f_can_repeat_order.__class__ is not bool:
        f_can_repeat_order = _c.to_bool(f_can_repeat_order, "Order.can_repeat_order")
    f_can_add_portfolio = g("can_add_portfolio")
    if f_can_add_portfolio is not None and f_can_add_portfolio.__class__ is not bool:
        f_can_add_portfolio = _c.to_bool(f_can_add_portfolio, "Order.can_add_portfolio")
    f_cancel_reason = g("cancel_reason")
    if f_cancel_reason is not None and f_cancel_reason.__class__ is not str:
        f_cancel_reason = _c.to_str(f_cancel_reason, "Order.cancel_reason")
    f_unread_tracks = g("unread_tracks")
    if f_unread_tracks is not None and f_unread_tracks.__class__ is not int:
        f_unread_tracks = _c.to_int(f_unread_tracks, "Order.unread_tracks")
    f_worker = g("worker")
    if f_worker is not None:
        f_worker = _c.to_model(f_worker, _m_order_counterparty.OrderCounterparty._from_wire, "Order.worker")
    f_payer = g("payer")
    if f_payer is not None:
        f_payer = _c.to_model(f_payer, _m_order_counterparty.OrderCounterparty._from_wire, "Order.payer")
    f_photo = g("photo")
    if f_photo is not None and f_photo.__class__ is not str:
        f_photo = _c.to_str(f_photo, "Order.photo")
    f_order_note = g("order_note")
    if f_order_note is not None and f_order_note.__class__ is not str:
        f_order_note = _c.to_str(f_order_note, "Order.order_note")
    f_progress = g("progress")
    if f_progress is not None and f_progress.__class__ is not int:
        f_progress = _c.to_int(f_progress, "Order.progress")
    f_payment_type = g("payment_type")
    if f_payment_type is not None and f_payment_type.__class__ is not int:
        f_payment_type = _c.to_int(f_payment_type, "Order.payment_type")
    f_yescrow_payment_not_available = g("yescrowPaymentNotAvailable")
    if f_yescrow_payment_not_available is not None and f_yescrow_payment_not_available.__class__ is not bool:
        f_yescrow_payment_not_available = _c.to_bool(
            f_yescrow_payment_not_available, "Order.yescrow_payment_not_available"
        )
    o = _new(Order)
    _s_id(o, f_id)
    _s_kwork_title(o, f_kwork_title)
    _s_display_title(o, f_display_title)
    _s_price(o, f_price)
    _s_has_stages(o, f_has_stages)
    _s_stages_price(o, f_stages_price)
    _s_has_completed_stages(o, f_has_completed_stages)
    _s_status(o, f_status)
    _s_status_virtual(o, f_status_virtual)
    _s_time_added(o, f_time_added)
    _s_display_time(o, f_display_time)
    _s_deadline(o, f_deadline)
    _s_duration(o, f_duration)
    _s_time_left(o, f_time_left)
    _s_time_is_lost(o, f_time_is_lost)
    _s_time_cancel(o, f_time_cancel)
    _s_project(o, f_project)
    _s_kwork_id(o, f_kwork_id)
    _s_in_work(o, f_in_work)
    _s_is_cancel_request(o, f_is_cancel_request)
    _s_missing_data(o, f_missing_data)
    _s_can_add_review(o, f_can_add_review)
    _s_can_repeat_order(o, f_can_repeat_order)
    _s_can_add_portfolio(o, f_can_add_portfolio)
    _s_cancel_reason(o, f_cancel_reason)
    _s_unread_tracks(o, f_unread_tracks)
    _s_worker(o, f_worker)
    _s_payer(o, f_payer)
    _s_photo(o, f_photo)
    _s_order_note(o, f_order_note)
    _s_progress(o, f_progress)
    _s_payment_type(o, f_payment_type)
    _s_yescrow_payment_not_available(o, f_yescrow_payment_not_available)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Order._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
