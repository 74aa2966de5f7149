"""DialogHistoryResponse: A page of a dialog feed (messages and order tracks), with the interlocutor.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import dialog_entry as _m_dialog_entry
from . import dialog_history_extra as _m_dialog_history_extra
from . import dialog_order as _m_dialog_order
from . import interlocutor as _m_interlocutor
from . import pagination_info as _m_pagination_info

if TYPE_CHECKING:
    from .dialog_entry import DialogEntry
    from .dialog_history_extra import DialogHistoryExtra
    from .dialog_order import DialogOrder
    from .interlocutor import Interlocutor
    from .pagination_info import PaginationInfo

_KNOWN = frozenset(
    {
        "success",
        "response",
        "paging",
        "user",
        "orders",
        "extra",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogHistoryResponse(KworkModel):
    """A page of a dialog feed (messages and order tracks), with the interlocutor.

    Attributes:
        success: Always true on success.
        response: The entries on this page.
        paging: Where this page sits in the whole list.
        user: The other user of the dialog.
        orders: Orders between the two users.
        extra: Extra facts about the feed.
    """

    success: bool
    response: list[DialogEntry] | None = _attrs.field(default=None, hash=False)
    paging: PaginationInfo | None = None
    user: Interlocutor | None = None
    orders: list[DialogOrder] | None = _attrs.field(default=None, hash=False)
    extra: DialogHistoryExtra | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "list[DialogEntry] | None"),
        ("paging", "paging", "PaginationInfo | None"),
        ("user", "user", "Interlocutor | None"),
        ("orders", "orders", "list[DialogOrder] | None"),
        ("extra", "extra", "DialogHistoryExtra | None"),
    )

    @property
    def entries(self) -> list[DialogEntry] | None:
        """Same as `response`."""
        return self.response

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], DialogHistoryResponse]]


def _from_wire(
    d: Any,
    where: str = "DialogHistoryResponse",
    _new: Callable[[type[DialogHistoryResponse]], DialogHistoryResponse] = object.__new__,
    _s_success: Callable[[DialogHistoryResponse, Any], None] = DialogHistoryResponse.__dict__[
        "success"
    ].__set__,
    _s_response: Callable[[DialogHistoryResponse, Any], None] = DialogHistoryResponse.__dict__[
        "response"
    ].__set__,
    _s_paging: Callable[[DialogHistoryResponse, Any], None] = DialogHistoryResponse.__dict__[
        "paging"
    ].__set__,
    _s_user: Callable[[DialogHistoryResponse, Any], None] = DialogHistoryResponse.__dict__["user"].__set__,
    _s_orders: Callable[[DialogHistoryResponse, Any], None] = DialogHistoryResponse.__dict__[
        "orders"
    ].__set__,
    _s_extra: Callable[[DialogHistoryResponse, Any], None] = DialogHistoryResponse.__dict__["extra"].__set__,
    _s_additional_properties: Callable[[DialogHistoryResponse, Any], None] = DialogHistoryResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> DialogHistoryResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "DialogHistoryResponse.success")
        if f_success is None:
            raise _c.missing("DialogHistoryResponse.success")
    f_response = g("response")
    if f_response is not None:
        if f_response.__class__ is list:
            f_response = list(map(_m_dialog_entry.DialogEntry._from_wire, f_response))
        else:
            f_response = _c.to_list(
                f_response, _m_dialog_entry.DialogEntry._from_wire, "DialogHistoryResponse.response"
            )
    f_paging = g("paging")
    if f_paging is not None:
        f_paging = _c.to_model(
            f_paging, _m_pagination_info.PaginationInfo._from_wire, "DialogHistoryResponse.paging"
        )
    f_user = g("user")
    if f_user is not None:
        f_user = _c.to_model(f_user, _m_interlocutor.Interlocutor._from_wire, "DialogHistoryResponse.user")
    f_orders = g("orders")
    if f_orders is not None:
        if f_orders.__class__ is list:
            f_orders = list(map(_m_dialog_order.DialogOrder._from_wire, f_orders))
        else:
            f_orders = _c.to_list(
                f_orders, _m_dialog_order.DialogOrder._from_wire, "DialogHistoryResponse.orders"
            )
    f_extra = g("extra")
    if f_extra is not None:
        f_extra = _c.to_model(
            f_extra, _m_dialog_history_extra.DialogHistoryExtra._from_wire, "DialogHistoryResponse.extra"
        )
    o = _new(DialogHistoryResponse)
    _s_success(o, f_success)
    _s_response(o, f_response)
    _s_paging(o, f_paging)
    _s_user(o, f_user)
    _s_orders(o, f_orders)
    _s_extra(o, f_extra)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


DialogHistoryResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
