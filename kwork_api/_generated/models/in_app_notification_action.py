"""InAppNotificationAction: A button of an in-app announcement.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("action_type", "action_type", "str | None"),
        ("link", "link", "str | None"),
        ("title", "title", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], InAppNotificationAction]]


def _from_wire(
    d: Any,
    where: str = "InAppNotificationAction",
    _new: Callable[[type[InAppNotificationAction]], InAppNotificationAction] = object.__new__,
    _s_id: Callable[[InAppNotificationAction, Any], None] = InAppNotificationAction.__dict__["id"].__set__,
    _s_action_type: Callable[[InAppNotificationAction, Any], None] = InAppNotificationAction.__dict__[
        "action_type"
    ].__set__,
    _s_link: Callable[[InAppNotificationAction, Any], None] = InAppNotificationAction.__dict__[
        "link"
    ].__set__,
    _s_title: Callable[[InAppNotificationAction, Any], None] = InAppNotificationAction.__dict__[
        "title"
    ].__set__,
    _s_additional_properties: Callable[
        [InAppNotificationAction, Any], None
    ] = InAppNotificationAction.__dict__["additional_properties"].__set__,
) -> InAppNotificationAction:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(InAppNotificationAction)
    _s_id(o, f_id)
    _s_action_type(o, f_action_type)
    _s_link(o, f_link)
    _s_title(o, f_title)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


InAppNotificationAction._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
