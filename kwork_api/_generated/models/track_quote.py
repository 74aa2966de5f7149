"""TrackQuote: The message a track entry quotes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import track_file as _m_track_file

if TYPE_CHECKING:
    from .track_file import TrackFile

_KNOWN = frozenset(
    {
        "id",
        "text",
        "from_id",
        "conversation_id",
        "files",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackQuote(KworkModel):
    """The message a track entry quotes.

    Attributes:
        id: Id of the quoted entry.
        text: Text of the quoted entry.
        from_id: Id of the quoted entry's sender.
        conversation_id: Id of the quoted message shared by the dialog and the order track.
        files: Files of the quoted entry.
    """

    id: int | None = None
    text: str | None = None
    from_id: int | None = None
    conversation_id: int | None = None
    files: list[TrackFile] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("text", "text", "str | None"),
        ("from_id", "from_id", "int | None"),
        ("conversation_id", "conversation_id", "int | None"),
        ("files", "files", "list[TrackFile] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackQuote]]


def _from_wire(
    d: Any,
    where: str = "TrackQuote",
    _new: Callable[[type[TrackQuote]], TrackQuote] = object.__new__,
    _s_id: Callable[[TrackQuote, Any], None] = TrackQuote.__dict__["id"].__set__,
    _s_text: Callable[[TrackQuote, Any], None] = TrackQuote.__dict__["text"].__set__,
    _s_from_id: Callable[[TrackQuote, Any], None] = TrackQuote.__dict__["from_id"].__set__,
    _s_conversation_id: Callable[[TrackQuote, Any], None] = TrackQuote.__dict__["conversation_id"].__set__,
    _s_files: Callable[[TrackQuote, Any], None] = TrackQuote.__dict__["files"].__set__,
    _s_additional_properties: Callable[[TrackQuote, Any], None] = TrackQuote.__dict__[
        "additional_properties"
    ].__set__,
) -> TrackQuote:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "TrackQuote.id")
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "TrackQuote.text")
    f_from_id = g("from_id")
    if f_from_id is not None and f_from_id.__class__ is not int:
        f_from_id = _c.to_int(f_from_id, "TrackQuote.from_id")
    f_conversation_id = g("conversation_id")
    if f_conversation_id is not None and f_conversation_id.__class__ is not int:
        f_conversation_id = _c.to_int(f_conversation_id, "TrackQuote.conversation_id")
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_track_file.TrackFile._from_wire, f_files))
        else:
            f_files = _c.to_list(f_files, _m_track_file.TrackFile._from_wire, "TrackQuote.files")
    o = _new(TrackQuote)
    _s_id(o, f_id)
    _s_text(o, f_text)
    _s_from_id(o, f_from_id)
    _s_conversation_id(o, f_conversation_id)
    _s_files(o, f_files)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackQuote._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
