"""UserNote: The caller's private note about a user, visible only to its author.

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
        "text",
        "posted_timestamp",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class UserNote(KworkModel):
    """The caller's private note about a user, visible only to its author.

    Attributes:
        text: Text of the note.
        posted_timestamp: When the note was last saved (Unix time).
    """

    text: str | None = None
    posted_timestamp: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("text", "text", "str | None"),
        ("posted_timestamp", "posted_timestamp", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], UserNote]]


def _from_wire(
    d: Any,
    where: str = "UserNote",
    _new: Callable[[type[UserNote]], UserNote] = object.__new__,
    _s_text: Callable[[UserNote, Any], None] = UserNote.__dict__["text"].__set__,
    _s_posted_timestamp: Callable[[UserNote, Any], None] = UserNote.__dict__["posted_timestamp"].__set__,
    _s_additional_properties: Callable[[UserNote, Any], None] = UserNote.__dict__[
        "additional_properties"
    ].__set__,
) -> UserNote:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "UserNote.text")
    f_posted_timestamp = g("posted_timestamp")
    if f_posted_timestamp is not None and f_posted_timestamp.__class__ is not int:
        f_posted_timestamp = _c.to_int(f_posted_timestamp, "UserNote.posted_timestamp")
    o = _new(UserNote)
    _s_text(o, f_text)
    _s_posted_timestamp(o, f_posted_timestamp)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


UserNote._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
