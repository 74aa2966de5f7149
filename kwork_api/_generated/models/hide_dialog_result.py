"""HideDialogResult: Confirmation of hiding or restoring a dialog.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("message", "message", "str | None"),
        ("unhide_available_secs", "unhide_available_secs", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "HideDialogResult") -> HideDialogResult:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_message = g("message")
        if f_message is not None and f_message.__class__ is not str:
            f_message = _c.to_str(f_message, "HideDialogResult.message")
        f_unhide_available_secs = g("unhide_available_secs")
        if f_unhide_available_secs is not None and f_unhide_available_secs.__class__ is not int:
            f_unhide_available_secs = _c.to_int(
                f_unhide_available_secs, "HideDialogResult.unhide_available_secs"
            )
        extra = d.keys() - _KNOWN
        return HideDialogResult(
            f_message,
            f_unhide_available_secs,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
