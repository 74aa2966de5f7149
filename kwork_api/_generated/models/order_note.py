"""OrderNote: The user's private note on an order.

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
        "text",
        "posted_timestamp",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderNote(KworkModel):
    """The user's private note on an order.

    Attributes:
        text: Note text.
        posted_timestamp: When the note was saved (Unix time).
    """

    text: str | None = None
    posted_timestamp: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("text", "text", "str | None"),
        ("posted_timestamp", "posted_timestamp", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderNote") -> OrderNote:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_text = g("text")
        if f_text is not None and f_text.__class__ is not str:
            f_text = _c.to_str(f_text, "OrderNote.text")
        f_posted_timestamp = g("posted_timestamp")
        if f_posted_timestamp is not None and f_posted_timestamp.__class__ is not int:
            f_posted_timestamp = _c.to_int(f_posted_timestamp, "OrderNote.posted_timestamp")
        extra = d.keys() - _KNOWN
        return OrderNote(
            f_text,
            f_posted_timestamp,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
