"""OrderInfo: The order block of an order header: state, money, deadlines and what the user can do now.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_escrow_properties as _m_order_escrow_properties
from . import order_note as _m_order_note

if TYPE_CHECKING:
    from .order_escrow_properties import OrderEscrowProperties
    from .order_note import OrderNote

_KNOWN = frozenset(
    {
        "id",
        "title",
        "kwork_title",
        "status",
        "statusVirtual",
        "created_at",
        "deadline_at",
        "worker_id",
        "payer_id",
        "price",
        "payer_price",
        "currency_id",
        "discount_amount",
        "count",
        "has_stages",
        "stage_max_time_in_days",
        "delivery",
        "hash",
        "report_required",
        "metrics",
        "has_files",
        "isSendForApprovalAvailable",
        "isApproveDeliveryAvailable",
        "isCancelOrderAvailable",
        "isArbitrationAvailable",
        "note",
        "is_order_data_provided",
        "is_required_self_employed_status",
        "yescrow_properties",
        "payment_type",
        "isYoomoney",
        "receipt_upload_url",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderInfo(KworkModel):
    """The order block of an order header: state, money, deadlines and what the user can do now.

    Attributes:
        id: Order id.
        title: Title the buyer gave the order, or the kwork title.
        kwork_title: Kwork title when the order was placed.
        status: Order status: 1 in progress, 2 in arbitration, 3 cancelled, 4 delivered and
            awaiting review, 5 completed, 6 awaiting payment.
        status_virtual: Finer status code the app displays; refines `status`. Wire name:
            `statusVirtual`.
        created_at: When the order was placed (Unix time).
        deadline_at: When the current timer runs out (Unix time).
        worker_id: Freelancer's user id.
        payer_id: Buyer's user id.
        price: Order price.
        payer_price: Order price without the service fee.
        currency_id: Currency id of the prices.
        discount_amount: Discount applied to the order.
        count: Number of kworks in the order.
        has_stages: True when the order is split into stages.
        stage_max_time_in_days: Longest deadline a stage may have, in days.
        delivery: Total time allowed for the work, in seconds.
        hash: Version of this block; send it back as `order_hash`.
        report_required: True when the freelancer must attach a report on delivery.
        metrics: True when delivery needs metrics files.
        has_files: True when the order has files.
        is_send_for_approval_available: True when the freelancer can deliver the work now. Wire
            name: `isSendForApprovalAvailable`.
        is_approve_delivery_available: True when the buyer can accept the work now. Wire name:
            `isApproveDeliveryAvailable`.
        is_cancel_order_available: True when the user can cancel the order now. Wire name:
            `isCancelOrderAvailable`.
        is_arbitration_available: True when the user can send the order to arbitration now. Wire
            name: `isArbitrationAvailable`.
        note: The user's private note on the order, when there is one.
        is_order_data_provided: True once the buyer has provided the data for the work.
        is_required_self_employed_status: True when a company orders and the freelancer may need
            self-employed or sole-trader status.
        yescrow_properties: Escrow settings of the order.
        payment_type: Payment scheme: 0 a private buyer, 1 a subscription, 2 escrow (non-cash,
            for companies).
        is_yoomoney: True when a private buyer's order has payments made through YooMoney. Wire
            name: `isYoomoney`.
        receipt_upload_url: Link to the form for uploading a tax receipt.
    """

    id: int
    title: str | None = None
    kwork_title: str | None = None
    status: int | None = None
    status_virtual: int | None = None
    created_at: int | None = None
    deadline_at: int | None = None
    worker_id: int | None = None
    payer_id: int | None = None
    price: float | None = None
    payer_price: float | None = None
    currency_id: int | None = None
    discount_amount: float | None = None
    count: int | None = None
    has_stages: bool | None = None
    stage_max_time_in_days: int | None = None
    delivery: int | None = None
    hash: int | None = None
    report_required: bool | None = None
    metrics: bool | None = None
    has_files: bool | None = None
    is_send_for_approval_available: bool | None = None
    is_approve_delivery_available: bool | None = None
    is_cancel_order_available: bool | None = None
    is_arbitration_available: bool | None = None
    note: OrderNote | None = None
    is_order_data_provided: bool | None = None
    is_required_self_employed_status: bool | None = None
    yescrow_properties: OrderEscrowProperties | None = None
    payment_type: int | None = None
    is_yoomoney: bool | None = None
    receipt_upload_url: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("kwork_title", "kwork_title", "str | None"),
        ("status", "status", "int | None"),
        ("status_virtual", "statusVirtual", "int | None"),
        ("created_at", "created_at", "int | None"),
        ("deadline_at", "deadline_at", "int | None"),
        ("worker_id", "worker_id", "int | None"),
        ("payer_id", "payer_id", "int | None"),
        ("price", "price", "float | None"),
        ("payer_price", "payer_price", "float | None"),
        ("currency_id", "currency_id", "int | None"),
        ("discount_amount", "discount_amount", "float | None"),
        ("count", "count", "int | None"),
        ("has_stages", "has_stages", "bool | None"),
        ("stage_max_time_in_days", "stage_max_time_in_days", "int | None"),
        ("delivery", "delivery", "int | None"),
        ("hash", "hash", "int | None"),
        ("report_required", "report_required", "bool | None"),
        ("metrics", "metrics", "bool | None"),
        ("has_files", "has_files", "bool | None"),
        ("is_send_for_approval_available", "isSendForApprovalAvailable", "bool | None"),
        ("is_approve_delivery_available", "isApproveDeliveryAvailable", "bool | None"),
        ("is_cancel_order_available", "isCancelOrderAvailable", "bool | None"),
        ("is_arbitration_available", "isArbitrationAvailable", "bool | None"),
        ("note", "note", "OrderNote | None"),
        ("is_order_data_provided", "is_order_data_provided", "bool | None"),
        ("is_required_self_employed_status", "is_required_self_employed_status", "bool | None"),
        ("yescrow_properties", "yescrow_properties", "OrderEscrowProperties | None"),
        ("payment_type", "payment_type", "int | None"),
        ("is_yoomoney", "isYoomoney", "bool | None"),
        ("receipt_upload_url", "receipt_upload_url", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderInfo]]


def _from_wire(
    d: Any,
    where: str = "OrderInfo",
    _new: Callable[[type[OrderInfo]], OrderInfo] = object.__new__,
    _s_id: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["id"].__set__,
    _s_title: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["title"].__set__,
    _s_kwork_title: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["kwork_title"].__set__,
    _s_status: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["status"].__set__,
    _s_status_virtual: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["status_virtual"].__set__,
    _s_created_at: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["created_at"].__set__,
    _s_deadline_at: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["deadline_at"].__set__,
    _s_worker_id: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["worker_id"].__set__,
    _s_payer_id: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["payer_id"].__set__,
    _s_price: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["price"].__set__,
    _s_payer_price: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["payer_price"].__set__,
    _s_currency_id: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["currency_id"].__set__,
    _s_discount_amount: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["discount_amount"].__set__,
    _s_count: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["count"].__set__,
    _s_has_stages: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["has_stages"].__set__,
    _s_stage_max_time_in_days: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "stage_max_time_in_days"
    ].__set__,
    _s_delivery: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["delivery"].__set__,
    _s_hash: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["hash"].__set__,
    _s_report_required: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["report_required"].__set__,
    _s_metrics: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["metrics"].__set__,
    _s_has_files: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["has_files"].__set__,
    _s_is_send_for_approval_available: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "is_send_for_approval_available"
    ].__set__,
    _s_is_approve_delivery_available: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "is_approve_delivery_available"
    ].__set__,
    _s_is_cancel_order_available: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "is_cancel_order_available"
    ].__set__,
    _s_is_arbitration_available: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "is_arbitration_available"
    ].__set__,
    _s_note: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["note"].__set__,
    _s_is_order_data_provided: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "is_order_data_provided"
    ].__set__,
    _s_is_required_self_employed_status: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "is_required_self_employed_status"
    ].__set__,
    _s_yescrow_properties: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "yescrow_properties"
    ].__set__,
    _s_payment_type: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["payment_type"].__set__,
    _s_is_yoomoney: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__["is_yoomoney"].__set__,
    _s_receipt_upload_url: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "receipt_upload_url"
    ].__set__,
    _s_additional_properties: Callable[[OrderInfo, Any], None] = OrderInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderInfo.id")
        if f_id is None:
            raise _c.missing("OrderInfo.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "OrderInfo.title")
    f_kwork_title = g("kwork_title")
    if f_kwork_title is not None and f_kwork_title.__class__ is not str:
        f_kwork_title = _c.to_str(f_kwork_title, "OrderInfo.kwork_title")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not int:
        f_status = _c.to_int(f_status, "OrderInfo.status")
    f_status_virtual = g("statusVirtual")
    if f_status_virtual is not None and f_status_virtual.__class__ is not int:
        f_status_virtual = _c.to_int(f_status_virtual, "OrderInfo.status_virtual")
    f_created_at = g("created_at")
    if f_created_at is not None and f_created_at.__class__ is not int:
        f_created_at = _c.to_int(f_created_at, "OrderInfo.created_at")
    f_deadline_at = g("deadline_at")
    if f_deadline_at is not None and f_deadline_at.__class__ is not int:
        f_deadline_at = _c.to_int(f_deadline_at, "OrderInfo.deadline_at")
    f_worker_id = g("worker_id")
    if f_worker_id is not None and f_worker_id.__class__ is not int:
        f_worker_id = _c.to_int(f_worker_id, "OrderInfo.worker_id")
    f_payer_id = g("payer_id")
    if f_payer_id is not None and f_payer_id.__class__ is not int:
        f_payer_id = _c.to_int(f_payer_id, "OrderInfo.payer_id")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "OrderInfo.price")
    f_payer_price = g("payer_price")
    if (
        f_payer_price is not None
        and f_payer_price.__class__ is not float
        and f_payer_price.__class__ is not int
    ):
        f_payer_price = _c.to_float(f_payer_price, "OrderInfo.payer_price")
    f_currency_id = g("currency_id")
    if f_currency_id is not None and f_currency_id.__class__ is not int:
        f_currency_id = _c.to_int(f_currency_id, "OrderInfo.currency_id")
    f_discount_amount = g("discount_amount")
    if (
        f_discount_amount is not None
        and f_discount_amount.__class__ is not float
        and f_discount_amount.__class__ is not int
    ):
        f_discount_amount = _c.to_float(f_discount_amount, "OrderInfo.discount_amount")
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not int:
        f_count = _c.to_int(f_count, "OrderInfo.count")
    f_has_stages = g("has_stages")
    if f_has_stages is not None and f_has_stages.__class__ is not bool:
        f_has_stages = _c.to_bool(f_has_stages, "OrderInfo.has_stages")
    f_stage_max_time_in_days = g("stage_max_time_in_days")
    if f_stage_max_time_in_days is not None and f_stage_max_time_in_days.__class__ is not int:
        f_stage_max_time_in_days = _c.to_int(f_stage_max_time_in_days, "OrderInfo.stage_max_time_in_days")
    f_delivery = g("delivery")
    if f_delivery is not None and f_delivery.__class__ is not int:
        f_delivery = _c.to_int(f_delivery, "OrderInfo.delivery")
    f_hash = g("hash")
    if f_hash is not None and f_hash.__class__ is not int:
        f_hash = _c.to_int(f_hash, "OrderInfo.hash")
    f_report_required = g("report_required")
    if f_report_required is not None and f_report_required.__class__ is not bool:
        f_report_required = _c.to_bool(f_report_required, "OrderInfo.report_required")
    f_metrics = g("metrics")
    if f_metrics is not None and f_metrics.__class__ is not bool:
        f_metrics = _c.to_bool(f_metrics, "OrderInfo.metrics")
    f_has_files = g("has_files")
    if f_has_files is not None and f_has_files.__class__ is not bool:
        f_has_files = _c.to_bool(f_has_files, "OrderInfo.has_files")
    f_is_send_for_approval_available = g("isSendForApprovalAvailable")
    if (
        f_is_send_for_approval_available is not None
        and f_is_send_for_approval_available.__class__ is not bool
    ):
        f_is_send_for_approval_available = _c.to_bool(
            f_is_send_for_approval_available, "OrderInfo.is_send_for_approval_available"
        )
    f_is_approve_delivery_available = g("isApproveDeliveryAvailable")
    if f_is_approve_delivery_available is not None and f_is_approve_delivery_available.__class__ is not bool:
        f_is_approve_delivery_available = _c.to_bool(
            f_is_approve_delivery_available, "OrderInfo.is_approve_delivery_available"
        )
    f_is_cancel_order_available = g("isCancelOrderAvailable")
    if f_is_cancel_order_available is not None and f_is_cancel_order_available.__class__ is not bool:
        f_is_cancel_order_available = _c.to_bool(
            f_is_cancel_order_available, "OrderInfo.is_cancel_order_available"
        )
    f_is_arbitration_available = g("isArbitrationAvailable")
    if f_is_arbitration_available is not None and f_is_arbitration_available.__class__ is not bool:
        f_is_arbitration_available = _c.to_bool(
            f_is_arbitration_available, "OrderInfo.is_arbitration_available"
        )
    f_note = g("note")
    if f_note is not None:
        f_note = _c.to_model(f_note, _m_order_note.OrderNote._from_wire, "OrderInfo.note")
    f_is_order_data_provided = g("is_order_data_provided")
    if f_is_order_data_provided is not None and f_is_order_data_provided.__class__ is not bool:
        f_is_order_data_provided = _c.to_bool(f_is_order_data_provided, "OrderInfo.is_order_data_provided")
    f_is_required_self_employed_status = g("is_required_self_employed_status")
    if (
        f_is_required_self_employed_status is not None
        and f_is_required_self_employed_status.__class__ is not bool
    ):
        f_is_required_self_employed_status = _c.to_bool(
            f_is_required_self_employed_status, "OrderInfo.is_required_self_employed_status"
        )
    f_yescrow_properties = g("yescrow_properties")
    if f_yescrow_properties is not None:
        f_yescrow_properties = _c.to_model(
            f_yescrow_properties,
            _m_order_escrow_properties.OrderEscrowProperties._from_wire,
            "OrderInfo.yescrow_properties",
        )
    f_payment_type = g("payment_type")
    if f_payment_type is not None and f_payment_type.__class__ is not int:
        f_payment_type = _c.to_int(f_payment_type, "OrderInfo.payment_type")
    f_is_yoomoney = g("isYoomoney")
    if f_is_yoomoney is not None and f_is_yoomoney.__class__ is not bool:
        f_is_yoomoney = _c.to_bool(f_is_yoomoney, "OrderInfo.is_yoomoney")
    f_receipt_upload_url = g("receipt_upload_url")
    if f_receipt_upload_url is not None and f_receipt_upload_url.__class__ is not str:
        f_receipt_upload_url = _c.to_str(f_receipt_upload_url, "OrderInfo.receipt_upload_url")
    o = _new(OrderInfo)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_kwork_title(o, f_kwork_title)
    _s_status(o, f_status)
    _s_status_virtual(o, f_status_virtual)
    _s_created_at(o, f_created_at)
    _s_deadline_at(o, f_deadline_at)
    _s_worker_id(o, f_worker_id)
    _s_payer_id(o, f_payer_id)
    _s_price(o, f_price)
    _s_payer_price(o, f_payer_price)
    _s_currency_id(o, f_currency_id)
    _s_discount_amount(o, f_discount_amount)
    _s_count(o, f_count)
    _s_has_stages(o, f_has_stages)
    _s_stage_max_time_in_days(o, f_stage_max_time_in_days)
    _s_delivery(o, f_delivery)
    _s_hash(o, f_hash)
    _s_report_required(o, f_report_required)
    _s_metrics(o, f_metrics)
    _s_has_files(o, f_has_files)
    _s_is_send_for_approval_available(o, f_is_send_for_approval_available)
    _s_is_approve_delivery_available(o, f_is_approve_delivery_available)
    _s_is_cancel_order_available(o, f_is_cancel_order_available)
    _s_is_arbitration_available(o, f_is_arbitration_available)
    _s_note(o, f_note)
    _s_is_order_data_provided(o, f_is_order_data_provided)
    _s_is_required_self_employed_status(o, f_is_required_self_employed_status)
    _s_yescrow_properties(o, f_yescrow_properties)
    _s_payment_type(o, f_payment_type)
    _s_is_yoomoney(o, f_is_yoomoney)
    _s_receipt_upload_url(o, f_receipt_upload_url)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
