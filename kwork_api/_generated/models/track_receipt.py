"""TrackReceipt: A tax receipt attached to an order by a self-employed seller.

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
        "receipt_id",
        "tax_number",
        "name",
        "price",
        "status",
        "error_codes",
        "error",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackReceipt(KworkModel):
    """A tax receipt attached to an order by a self-employed seller.

    Attributes:
        receipt_id: Receipt id.
        tax_number: The buyer's taxpayer number (INN).
        name: Name of the service on the receipt.
        price: Amount on the receipt.
        status: Upload status code of the receipt.
        error_codes: Error codes of a failed upload.
        error: Error text of a failed upload.
    """

    receipt_id: int | None = None
    tax_number: str | None = None
    name: str | None = None
    price: float | None = None
    status: int | None = None
    error_codes: list[int] | None = _attrs.field(default=None, hash=False)
    error: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("receipt_id", "receipt_id", "int | None"),
        ("tax_number", "tax_number", "str | None"),
        ("name", "name", "str | None"),
        ("price", "price", "float | None"),
        ("status", "status", "int | None"),
        ("error_codes", "error_codes", "list[int] | None"),
        ("error", "error", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackReceipt]]


def _from_wire(
    d: Any,
    where: str = "TrackReceipt",
    _new: Callable[[type[TrackReceipt]], TrackReceipt] = object.__new__,
    _s_receipt_id: Callable[[TrackReceipt, Any], None] = TrackReceipt.__dict__["receipt_id"].__set__,
    _s_tax_number: Callable[[TrackReceipt, Any], None] = TrackReceipt.__dict__["tax_number"].__set__,
    _s_name: Callable[[TrackReceipt, Any], None] = TrackReceipt.__dict__["name"].__set__,
    _s_price: Callable[[TrackReceipt, Any], None] = TrackReceipt.__dict__["price"].__set__,
    _s_status: Callable[[TrackReceipt, Any], None] = TrackReceipt.__dict__["status"].__set__,
    _s_error_codes: Callable[[TrackReceipt, Any], None] = TrackReceipt.__dict__["error_codes"].__set__,
    _s_error: Callable[[TrackReceipt, Any], None] = TrackReceipt.__dict__["error"].__set__,
    _s_additional_properties: Callable[[TrackReceipt, Any], None] = TrackReceipt.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackReceipt:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_receipt_id = g("receipt_id")
    if f_receipt_id is not None and f_receipt_id.__class__ is not int:
        f_receipt_id = _c.to_int(f_receipt_id, "TrackReceipt.receipt_id")
    f_tax_number = g("tax_number")
    if f_tax_number is not None and f_tax_number.__class__ is not str:
        f_tax_number = _c.to_str(f_tax_number, "TrackReceipt.tax_number")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "TrackReceipt.name")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "TrackReceipt.price")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not int:
        f_status = _c.to_int(f_status, "TrackReceipt.status")
    f_error_codes = g("error_codes")
    if f_error_codes is not None:
        f_error_codes = _c.to_list(f_error_codes, _c.to_int, "TrackReceipt.error_codes")
    f_error = g("error")
    if f_error is not None and f_error.__class__ is not str:
        f_error = _c.to_str(f_error, "TrackReceipt.error")
    o = _new(TrackReceipt)
    _s_receipt_id(o, f_receipt_id)
    _s_tax_number(o, f_tax_number)
    _s_name(o, f_name)
    _s_price(o, f_price)
    _s_status(o, f_status)
    _s_error_codes(o, f_error_codes)
    _s_error(o, f_error)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackReceipt._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
