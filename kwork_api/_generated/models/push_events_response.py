"""PushEventsResponse: A page of queued push events.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import pagination_info as _m_pagination_info
from . import push_event as _m_push_event

if TYPE_CHECKING:
    from .pagination_info import PaginationInfo
    from .push_event import PushEvent

_KNOWN = frozenset(
    {
        "success",
        "response",
        "paging",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PushEventsResponse(KworkModel):
    """A page of queued push events.

    Attributes:
        success: Always true on success.
        response: The events on this page.
        paging: Where this page sits in the whole list.
    """

    success: bool
    response: list[PushEvent] | None = None
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "list[PushEvent] | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def events(self) -> list[PushEvent] | None:
        """Same as `response`."""
        return self.response

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    @staticmethod
    def _from_wire(d: Any, where: str = "PushEventsResponse") -> PushEventsResponse:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_success = g("success")
        if f_success.__class__ is not bool:
            f_success = _c.to_bool(f_success, "PushEventsResponse.success")
            if f_success is None:
                raise _c.missing("PushEventsResponse.success")
        f_response = g("response")
        if f_response is not None:
            f_response = _c.to_list(
                f_response, _m_push_event.PushEvent._from_wire, "PushEventsResponse.response"
            )
        f_paging = g("paging")
        if f_paging is not None:
            f_paging = _c.to_model(
                f_paging, _m_pagination_info.PaginationInfo._from_wire, "PushEventsResponse.paging"
            )
        extra = d.keys() - _KNOWN
        return PushEventsResponse(
            f_success,
            f_response,
            f_paging,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
