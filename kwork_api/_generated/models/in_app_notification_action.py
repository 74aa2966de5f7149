"""InAppNotificationAction: A button of an in-app announcement.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "id",
        "action_type",
        "link",
        "title",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class InAppNotificationAction(KworkModel):
    """A button of an in-app announcement.

    Attributes:
        id: Action id; report it with `log_in_app_action`.
        action_type: What the button does.
        link: Address the button opens, when it opens one.
        title: Button label.
    """

    id: int | None = None
    action_type: str | None = None
    link: str | None = None
    title: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("action_type", "action_type", "str | None"),
        ("link", "link", "str | None"),
        ("title", "title", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "InAppNotificationAction") -> InAppNotificationAction:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id is not None and f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "InAppNotificationAction.id")
        f_action_type = g("action_type")
        if f_action_type is not None and f_action_type.__class__ is not str:
            f_action_type = _c.to_str(f_action_type, "InAppNotificationAction.action_type")
        f_link = g("link")
        if f_link is not None and f_link.__class__ is not str:
            f_link = _c.to_str(f_link, "InAppNotificationAction.link")
        f_title = g("title")
        if f_title is not None and f_title.__class__ is not str:
            f_title = _c.to_str(f_title, "InAppNotificationAction.title")
        extra = d.keys() - _KNOWN
        return InAppNotificationAction(
            f_id,
            f_action_type,
            f_link,
            f_title,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
