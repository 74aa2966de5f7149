"""DialogNote: A private note the signed-in user keeps about another user.

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
        "posted_timestamp",
        "text",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogNote(KworkModel):
    """A private note the signed-in user keeps about another user.

    Attributes:
        posted_timestamp: When the note was written (Unix time).
        text: Text of the note.
    """

    posted_timestamp: int | None = None
    text: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("posted_timestamp", "posted_timestamp", "int | None"),
        ("text", "text", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "DialogNote") -> DialogNote:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_posted_timestamp = g("posted_timestamp")
        if f_posted_timestamp is not None and f_posted_timestamp.__class__ is not int:
            f_posted_timestamp = _c.to_int(f_posted_timestamp, "DialogNote.posted_timestamp")
        f_text = g("text")
        if f_text is not None and f_text.__class__ is not str:
            f_text = _c.to_str(f_text, "DialogNote.text")
        extra = d.keys() - _KNOWN
        return DialogNote(
            f_posted_timestamp,
            f_text,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
