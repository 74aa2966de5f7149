"""MessageDraft: An unsent draft kept by the server for a dialog or an order track.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    files: list[MessageDraftFile] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("message", "message", "str | None"),
        ("files", "files", "list[MessageDraftFile] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "MessageDraft") -> MessageDraft:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_message = g("message")
        if f_message is not None and f_message.__class__ is not str:
            f_message = _c.to_str(f_message, "MessageDraft.message")
        f_files = g("files")
        if f_files is not None:
            f_files = _c.to_list(
                f_files, _m_message_draft_file.MessageDraftFile._from_wire, "MessageDraft.files"
            )
        extra = d.keys() - _KNOWN
        return MessageDraft(
            f_message,
            f_files,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
