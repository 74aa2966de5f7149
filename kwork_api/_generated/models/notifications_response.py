"""NotificationsResponse: The notification feed, grouped by kind.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import notification_group as _m_notification_group

if TYPE_CHECKING:
    from .notification_group import NotificationGroup

_KNOWN = frozenset(
    {
        "success",
        "response",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class NotificationsResponse(KworkModel):
    """The notification feed, grouped by kind.

    Attributes:
        success: Always true on success.
        response: The groups, each with its notifications.
    """

    success: bool
    response: list[NotificationGroup] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "list[NotificationGroup] | None"),
    )

    @property
    def groups(self) -> list[NotificationGroup] | None:
        """Same as `response`."""
        return self.response

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], NotificationsResponse]]


def _from_wire(
    d: Any,
    where: str = "NotificationsResponse",
    _new: Callable[[type[NotificationsResponse]], NotificationsResponse] = object.__new__,
    _s_success: Callable[[NotificationsResponse, Any], None] = NotificationsResponse.__dict__[
        "success"
    ].__set__,
    _s_response: Callable[[NotificationsResponse, Any], None] = NotificationsResponse.__dict__[
        "response"
    ].__set__,
    _s_additional_properties: Callable[[NotificationsResponse, Any], None] = NotificationsResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> NotificationsResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "NotificationsResponse.success")
        if f_success is None:
            raise _c.missing("NotificationsResponse.success")
    f_response = g("response")
    if f_response is not None:
        if f_response.__class__ is list:
            f_response = list(map(_m_notification_group.NotificationGroup._from_wire, f_response))
        else:
            f_response = _c.to_list(
                f_response,
                _m_notification_group.NotificationGroup._from_wire,
                "NotificationsResponse.response",
            )
    o = _new(NotificationsResponse)
    _s_success(o, f_success)
    _s_response(o, f_response)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


NotificationsResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
