"""DialogActionResult: Confirmation of a change to a dialog.

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
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogActionResult(KworkModel):
    """Confirmation of a change to a dialog.

    Attributes:
        message: Confirmation text for the user, in the site's language.
    """

    message: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("message", "message", "str | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "DialogActionResult") -> DialogActionResult:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_message = g("message")
        if f_message is not None and f_message.__class__ is not str:
            f_message = _c.to_str(f_message, "DialogActionResult.message")
        extra = d.keys() - _KNOWN
        return DialogActionResult(
            f_message,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
