"""MessagesResponse: A page of messages.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import inbox_message as _m_inbox_message
from . import pagination_info as _m_pagination_info

if TYPE_CHECKING:
    from .inbox_message import InboxMessage
    from .pagination_info import PaginationInfo

_KNOWN = frozenset(
    {
        "success",
        "response",
        "paging",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class MessagesResponse(KworkModel):
    """A page of messages.

    Attributes:
        success: Always true on success.
        response: The messages on this page.
        paging: Where this page sits in the whole list.
    """

    success: bool
    response: list[InboxMessage] | None = None
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "list[InboxMessage] | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def messages(self) -> list[InboxMessage] | None:
        """Same as `response`."""
        return self.response

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    @staticmethod
    def _from_wire(d: Any, where: str = "MessagesResponse") -> MessagesResponse:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_success = g("success")
        if f_success.__class__ is not bool:
            f_success = _c.to_bool(f_success, "MessagesResponse.success")
            if f_success is None:
                raise _c.missing("MessagesResponse.success")
        f_response = g("response")
        if f_response is not None:
            f_response = _c.to_list(
                f_response, _m_inbox_message.InboxMessage._from_wire, "MessagesResponse.response"
            )
        f_paging = g("paging")
        if f_paging is not None:
            f_paging = _c.to_model(
                f_paging, _m_pagination_info.PaginationInfo._from_wire, "MessagesResponse.paging"
            )
        extra = d.keys() - _KNOWN
        return MessagesResponse(
            f_success,
            f_response,
            f_paging,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
