"""HideDialogResult: Confirmation of hiding or restoring a dialog.

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
        "message",
        "unhide_available_secs",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class HideDialogResult(KworkModel):
    """Confirmation of hiding or restoring a dialog.

    Attributes:
        message: Confirmation text for the user, in the site's language.
        unhide_available_secs: Seconds during which a hidden dialog can still be restored.
    """

    message: str | None = None
    unhide_available_secs: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("message", "message", "str | None"),
        ("unhide_available_secs", "unhide_available_secs", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], HideDialogResult]]


def _from_wire(
    d: Any,
    where: str = "HideDialogResult",
    _new: Callable[[type[HideDialogResult]], HideDialogResult] = object.__new__,
    _s_message: Callable[[HideDialogResult, Any], None] = HideDialogResult.__dict__["message"].__set__,
    _s_unhide_available_secs: Callable[[HideDialogResult, Any], None] = HideDialogResult.__dict__[
        "unhide_available_secs"
    ].__set__,
    _s_additional_properties: Callable[[HideDialogResult, Any], None] = HideDialogResult.__dict__[
        "additional_properties"
    ].__set__,
) -> HideDialogResult:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_message = g("message")
    if f_message is not None and f_message.__class__ is not str:
        f_message = _c.to_str(f_message, "HideDialogResult.message")
    f_unhide_available_secs = g("unhide_available_secs")
    if f_unhide_available_secs is not None and f_unhide_available_secs.__class__ is not int:
        f_unhide_available_secs = _c.to_int(f_unhide_available_secs, "HideDialogResult.unhide_available_secs")
    o = _new(HideDialogResult)
    _s_message(o, f_message)
    _s_unhide_available_secs(o, f_unhide_available_secs)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


HideDialogResult._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
