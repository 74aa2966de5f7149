"""SelfEmployedPrompts: Prompts the app shows about self-employed or sole-proprietor status.

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
        "show_survey_popup",
        "show_registration_notification",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class SelfEmployedPrompts(KworkModel):
    """Prompts the app shows about self-employed or sole-proprietor status.

    Attributes:
        show_survey_popup: True to show the survey (answered with
            `answer_self_employed_survey`).
        show_registration_notification: True to show that the status was registered (dismissed
            with `hide_self_employed_notice`).
    """

    show_survey_popup: bool | None = None
    show_registration_notification: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("show_survey_popup", "show_survey_popup", "bool | None"),
        ("show_registration_notification", "show_registration_notification", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], SelfEmployedPrompts]]


def _from_wire(
    d: Any,
    where: str = "SelfEmployedPrompts",
    _new: Callable[[type[SelfEmployedPrompts]], SelfEmployedPrompts] = object.__new__,
    _s_show_survey_popup: Callable[[SelfEmployedPrompts, Any], None] = SelfEmployedPrompts.__dict__[
        "show_survey_popup"
    ].__set__,
    _s_show_registration_notification: Callable[
        [SelfEmployedPrompts, Any], None
    ] = SelfEmployedPrompts.__dict__["show_registration_notification"].__set__,
    _s_additional_properties: Callable[[SelfEmployedPrompts, Any], None] = SelfEmployedPrompts.__dict__[
        "additional_properties"
    ].__set__,
) -> SelfEmployedPrompts:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_show_survey_popup = g("show_survey_popup")
    if f_show_survey_popup is not None and f_show_survey_popup.__class__ is not bool:
        f_show_survey_popup = _c.to_bool(f_show_survey_popup, "SelfEmployedPrompts.show_survey_popup")
    f_show_registration_notification = g("show_registration_notification")
    if (
        f_show_registration_notification is not None
        and f_show_registration_notification.__class__ is not bool
    ):
        f_show_registration_notification = _c.to_bool(
            f_show_registration_notification, "SelfEmployedPrompts.show_registration_notification"
        )
    o = _new(SelfEmployedPrompts)
    _s_show_survey_popup(o, f_show_survey_popup)
    _s_show_registration_notification(o, f_show_registration_notification)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


SelfEmployedPrompts._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
