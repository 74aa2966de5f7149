"""MessageDraft: An unsent draft kept by the server for a dialog or an order track.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import message_draft_file as _m_message_draft_file

if TYPE_CHECKING:
    from .message_draft_file import MessageDraftFile

_KNOWN = frozenset(
    {
        "message",
        "files",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class MessageDraft(KworkModel):
    """An unsent draft kept by the server for a dialog or an order track.

    Attributes:
        message: Draft text.
        files: Files already attached to the draft.
    """

    message: str | None = None
    files: list[MessageDraftFile] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("message", "message", "str | None"),
        ("files", "files", "list[MessageDraftFile] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], MessageDraft]]


def _from_wire(
    d: Any,
    where: str = "MessageDraft",
    _new: Callable[[type[MessageDraft]], MessageDraft] = object.__new__,
    _s_message: Callable[[MessageDraft, Any], None] = MessageDraft.__dict__["message"].__set__,
    _s_files: Callable[[MessageDraft, Any], None] = MessageDraft.__dict__["files"].__set__,
    _s_additional_properties: Callable[[MessageDraft, Any], None] = MessageDraft.__dict__[
        "additional_properties"
    ].__set__,
) -> MessageDraft:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_message = g("message")
    if f_message is not None and f_message.__class__ is not str:
        f_message = _c.to_str(f_message, "MessageDraft.message")
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_message_draft_file.MessageDraftFile._from_wire, f_files))
        else:
            f_files = _c.to_list(
                f_files, _m_message_draft_file.MessageDraftFile._from_wire, "MessageDraft.files"
            )
    o = _new(MessageDraft)
    _s_message(o, f_message)
    _s_files(o, f_files)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


MessageDraft._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
