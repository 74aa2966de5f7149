"""TrackQuote: The message a track entry quotes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    files: list[TrackFile] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("text", "text", "str | None"),
        ("from_id", "from_id", "int | None"),
        ("conversation_id", "conversation_id", "int | None"),
        ("files", "files", "list[TrackFile] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "TrackQuote") -> TrackQuote:
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
            f_files = _c.to_list(f_files, _m_track_file.TrackFile._from_wire, "TrackQuote.files")
        extra = d.keys() - _KNOWN
        return TrackQuote(
            f_id,
            f_text,
            f_from_id,
            f_conversation_id,
            f_files,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
