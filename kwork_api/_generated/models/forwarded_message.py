"""ForwardedMessage: A forwarded message and the copy made of it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import forwarded_file as _m_forwarded_file

if TYPE_CHECKING:
    from .forwarded_file import ForwardedFile

_KNOWN = frozenset(
    {
        "old_message_id",
        "new_message_id",
        "files",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ForwardedMessage(KworkModel):
    """A forwarded message and the copy made of it.

    Attributes:
        old_message_id: Id of the original message.
        new_message_id: Id of the copy in the target dialog.
        files: The copied files.
    """

    old_message_id: int | None = None
    new_message_id: int | None = None
    files: list[ForwardedFile] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("old_message_id", "old_message_id", "int | None"),
        ("new_message_id", "new_message_id", "int | None"),
        ("files", "files", "list[ForwardedFile] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ForwardedMessage]]


def _from_wire(
    d: Any,
    where: str = "ForwardedMessage",
    _new: Callable[[type[ForwardedMessage]], ForwardedMessage] = object.__new__,
    _s_old_message_id: Callable[[ForwardedMessage, Any], None] = ForwardedMessage.__dict__[
        "old_message_id"
    ].__set__,
    _s_new_message_id: Callable[[ForwardedMessage, Any], None] = ForwardedMessage.__dict__[
        "new_message_id"
    ].__set__,
    _s_files: Callable[[ForwardedMessage, Any], None] = ForwardedMessage.__dict__["files"].__set__,
    _s_additional_properties: Callable[[ForwardedMessage, Any], None] = ForwardedMessage.__dict__[
        "additional_properties"
    ].__set__,
) -> ForwardedMessage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_old_message_id = g("old_message_id")
    if f_old_message_id is not None and f_old_message_id.__class__ is not int:
        f_old_message_id = _c.to_int(f_old_message_id, "ForwardedMessage.old_message_id")
    f_new_message_id = g("new_message_id")
    if f_new_message_id is not None and f_new_message_id.__class__ is not int:
        f_new_message_id = _c.to_int(f_new_message_id, "ForwardedMessage.new_message_id")
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_forwarded_file.ForwardedFile._from_wire, f_files))
        else:
            f_files = _c.to_list(
                f_files, _m_forwarded_file.ForwardedFile._from_wire, "ForwardedMessage.files"
            )
    o = _new(ForwardedMessage)
    _s_old_message_id(o, f_old_message_id)
    _s_new_message_id(o, f_new_message_id)
    _s_files(o, f_files)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ForwardedMessage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
