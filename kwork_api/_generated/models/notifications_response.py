"""NotificationsResponse: The notification feed, grouped by kind.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    response: list[NotificationGroup] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "list[NotificationGroup] | None"),
    )

    @property
    def groups(self) -> list[NotificationGroup] | None:
        """Same as `response`."""
        return self.response

    @staticmethod
    def _from_wire(d: Any, where: str = "NotificationsResponse") -> NotificationsResponse:
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
            f_response = _c.to_list(
                f_response,
                _m_notification_group.NotificationGroup._from_wire,
                "NotificationsResponse.response",
            )
        extra = d.keys() - _KNOWN
        return NotificationsResponse(
            f_success,
            f_response,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
