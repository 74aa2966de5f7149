"""Track: An entry of an order's track: a message, or an event such as delivery, extras, stages or a cancellation. `type` tells which; fields that do not apply to it are absent.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import track_action as _m_track_action
from . import track_details as _m_track_details
from . import track_extra as _m_track_extra
from . import track_file as _m_track_file
from . import track_quote as _m_track_quote
from . import track_stage as _m_track_stage

if TYPE_CHECKING:
    from .track_action import TrackAction
    from .track_details import TrackDetails
    from .track_extra import TrackExtra
    from .track_file import TrackFile
    from .track_quote import TrackQuote
    from .track_stage import TrackStage

_KNOWN = frozenset(
    {
        "id",
        "sent_timestamp",
        "text",
        "from_id",
        "from_name",
        "files",
        "conversation_id",
        "is_unread",
        "updated_at",
        "quote",
        "type",
        "status",
        "inbox_id",
        "title",
        "message_key",
        "actions",
        "auto_cancel_deadline",
        "auto_completion_time",
        "extras",
        "stages",
        "misc_track_params",
        "transcription_status",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Track(KworkModel):
    """An entry of an order's track: a message, or an event such as delivery, extras, stages or a
    cancellation. `type` tells which; fields that do not apply to it are absent.

    Attributes:
        id: Track entry id.
        sent_timestamp: When the entry was sent (Unix time).
        text: Message text.
        from_id: Id of the sender; null for system entries.
        from_name: Login name of the sender; null for system entries.
        files: Attached files.
        conversation_id: Id of the message shared by the dialog and the order track.
        is_unread: True while the recipient has not read the entry.
        updated_at: When the entry was last edited (Unix time).
        quote: The message a track entry quotes.
        type: Numeric type of the entry (a plain message or one of the order events); decides
            which other fields are set.
        status: Status of the entry.
        inbox_id: Id of the matching message in the dialog, when there is one.
        title: Title of the entry, for event entries.
        message_key: Client-made key the message was sent with, used to drop repeated sends.
        actions: Actions the signed-in user can take on the entry.
        auto_cancel_deadline: Deadline after which the order is cancelled automatically (Unix
            time), for the entry types that have one (23 and 25).
        auto_completion_time: When the order is accepted (type 32) or cancelled (types 22 and
            31) automatically (Unix time).
        extras: Extras offered or added in the entry.
        stages: Order stages the entry is about (types 32 and 48).
        misc_track_params: Extra details of a track entry; which keys are set depends on the
            entry type.
        transcription_status: Status of the voice message transcription; null when it succeeded
            or the entry is not a voice message.
    """

    id: int
    sent_timestamp: int | None = None
    text: str | None = None
    from_id: int | None = None
    from_name: str | None = None
    files: list[TrackFile] | None = _attrs.field(default=None, hash=False)
    conversation_id: int | None = None
    is_unread: bool | None = None
    updated_at: int | None = None
    quote: TrackQuote | None = None
    type: int | None = None
    status: str | None = None
    inbox_id: int | None = None
    title: str | None = None
    message_key: str | None = None
    actions: list[TrackAction] | None = _attrs.field(default=None, hash=False)
    auto_cancel_deadline: int | None = None
    auto_completion_time: int | None = None
    extras: list[TrackExtra] | None = _attrs.field(default=None, hash=False)
    stages: list[TrackStage] | None = _attrs.field(default=None, hash=False)
    misc_track_params: TrackDetails | None = None
    transcription_status: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("sent_timestamp", "sent_timestamp", "int | None"),
        ("text", "text", "str | None"),
        ("from_id", "from_id", "int | None"),
        ("from_name", "from_name", "str | None"),
        ("files", "files", "list[TrackFile] | None"),
        ("conversation_id", "conversation_id", "int | None"),
        ("is_unread", "is_unread", "bool | None"),
        ("updated_at", "updated_at", "int | None"),
        ("quote", "quote", "TrackQuote | None"),
        ("type", "type", "int | None"),
        ("status", "status", "str | None"),
        ("inbox_id", "inbox_id", "int | None"),
        ("title", "title", "str | None"),
        ("message_key", "message_key", "str | None"),
        ("actions", "actions", "list[TrackAction] | None"),
        ("auto_cancel_deadline", "auto_cancel_deadline", "int | None"),
        ("auto_completion_time", "auto_completion_time", "int | None"),
        ("extras", "extras", "list[TrackExtra] | None"),
        ("stages", "stages", "list[TrackStage] | None"),
        ("misc_track_params", "misc_track_params", "TrackDetails | None"),
        ("transcription_status", "transcription_status", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Track]]


def _from_wire(
    d: Any,
    where: str = "Track",
    _new: Callable[[type[Track]], Track] = object.__new__,
    _s_id: Callable[[Track, Any], None] = Track.__dict__["id"].__set__,
    _s_sent_timestamp: Callable[[Track, Any], None] = Track.__dict__["sent_timestamp"].__set__,
    _s_text: Callable[[Track, Any], None] = Track.__dict__["text"].__set__,
    _s_from_id: Callable[[Track, Any], None] = Track.__dict__["from_id"].__set__,
    _s_from_name: Callable[[Track, Any], None] = Track.__dict__["from_name"].__set__,
    _s_files: Callable[[Track, Any], None] = Track.__dict__["files"].__set__,
    _s_conversation_id: Callable[[Track, Any], None] = Track.__dict__["conversation_id"].__set__,
    _s_is_unread: Callable[[Track, Any], None] = Track.__dict__["is_unread"].__set__,
    _s_updated_at: Callable[[Track, Any], None] = Track.__dict__["updated_at"].__set__,
    _s_quote: Callable[[Track, Any], None] = Track.__dict__["quote"].__set__,
    _s_type: Callable[[Track, Any], None] = Track.__dict__["type"].__set__,
    _s_status: Callable[[Track, Any], None] = Track.__dict__["status"].__set__,
    _s_inbox_id: Callable[[Track, Any], None] = Track.__dict__["inbox_id"].__set__,
    _s_title: Callable[[Track, Any], None] = Track.__dict__["title"].__set__,
    _s_message_key: Callable[[Track, Any], None] = Track.__dict__["message_key"].__set__,
    _s_actions: Callable[[Track, Any], None] = Track.__dict__["actions"].__set__,
    _s_auto_cancel_deadline: Callable[[Track, Any], None] = Track.__dict__["auto_cancel_deadline"].__set__,
    _s_auto_completion_time: Callable[[Track, Any], None] = Track.__dict__["auto_completion_time"].__set__,
    _s_extras: Callable[[Track, Any], None] = Track.__dict__["extras"].__set__,
    _s_stages: Callable[[Track, Any], None] = Track.__dict__["stages"].__set__,
    _s_misc_track_params: Callable[[Track, Any], None] = Track.__dict__["misc_track_params"].__set__,
    _s_transcription_status: Callable[[Track, Any], None] = Track.__dict__["transcription_status"].__set__,
    _s_additional_properties: Callable[[Track, Any], None] = Track.__dict__["additional_properties"].__set__,
) -> Track:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "Track.id")
        if f_id is None:
            raise _c.missing("Track.id")
    f_sent_timestamp = g("sent_timestamp")
    if f_sent_timestamp is not None and f_sent_timestamp.__class__ is not int:
        f_sent_timestamp = _c.to_int(f_sent_timestamp, "Track.sent_timestamp")
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "Track.text")
    f_from_id = g("from_id")
    if f_from_id is not None and f_from_id.__class__ is not int:
        f_from_id = _c.to_int(f_from_id, "Track.from_id")
    f_from_name = g("from_name")
    if f_from_name is not None and f_from_name.__class__ is not str:
        f_from_name = _c.to_str(f_from_name, "Track.from_name")
    f_files = g("files")
    if f_files is not None:
        if f_files.__class__ is list:
            f_files = list(map(_m_track_file.TrackFile._from_wire, f_files))
        else:
            f_files = _c.to_list(f_files, _m_track_file.TrackFile._from_wire, "Track.files")
    f_conversation_id = g("conversation_id")
    if f_conversation_id is not None and f_conversation_id.__class__ is not int:
        f_conversation_id = _c.to_int(f_conversation_id, "Track.conversation_id")
    f_is_unread = g("is_unread")
    if f_is_unread is not None and f_is_unread.__class__ is not bool:
        f_is_unread = _c.to_bool(f_is_unread, "Track.is_unread")
    f_updated_at = g("updated_at")
    if f_updated_at is not None and f_updated_at.__class__ is not int:
        f_updated_at = _c.to_int(f_updated_at, "Track.updated_at")
    f_quote = g("quote")
    if f_quote is not None:
        f_quote = _c.to_model(f_quote, _m_track_quote.TrackQuote._from_wire, "Track.quote")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not int:
        f_type = _c.to_int(f_type, "Track.type")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "Track.status")
    f_inbox_id = g("inbox_id")
    if f_inbox_id is not None and f_inbox_id.__class__ is not int:
        f_inbox_id = _c.to_int(f_inbox_id, "Track.inbox_id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "Track.title")
    f_message_key = g("message_key")
    if f_message_key is not None and f_message_key.__class__ is not str:
        f_message_key = _c.to_str(f_message_key, "Track.message_key")
    f_actions = g("actions")
    if f_actions is not None:
        if f_actions.__class__ is list:
            f_actions = list(map(_m_track_action.TrackAction._from_wire, f_actions))
        else:
            f_actions = _c.to_list(f_actions, _m_track_action.TrackAction._from_wire, "Track.actions")
    f_auto_cancel_deadline = g("auto_cancel_deadline")
    if f_auto_cancel_deadline is not None and f_auto_cancel_deadline.__class__ is not int:
        f_auto_cancel_deadline = _c.to_int(f_auto_cancel_deadline, "Track.auto_cancel_deadline")
    f_auto_completion_time = g("auto_completion_time")
    if f_auto_completion_time is not None and f_auto_completion_time.__class__ is not int:
        f_auto_completion_time = _c.to_int(f_auto_completion_time, "Track.auto_completion_time")
    f_extras = g("extras")
    if f_extras is not None:
        if f_extras.__class__ is list:
            f_extras = list(map(_m_track_extra.TrackExtra._from_wire, f_extras))
        else:
            f_extras = _c.to_list(f_extras, _m_track_extra.TrackExtra._from_wire, "Track.extras")
    f_stages = g("stages")
    if f_stages is not None:
        if f_stages.__class__ is list:
            f_stages = list(map(_m_track_stage.TrackStage._from_wire, f_stages))
        else:
            f_stages = _c.to_list(f_stages, _m_track_stage.TrackStage._from_wire, "Track.stages")
    f_misc_track_params = g("misc_track_params")
    if f_misc_track_params is not None:
        f_misc_track_params = _c.to_model(
            f_misc_track_params, _m_track_details.TrackDetails._from_wire, "Track.misc_track_params"
        )
    f_transcription_status = g("transcription_status")
    if f_transcription_status is not None and f_transcription_status.__class__ is not int:
        f_transcription_status = _c.to_int(f_transcription_status, "Track.transcription_status")
    o = _new(Track)
    _s_id(o, f_id)
    _s_sent_timestamp(o, f_sent_timestamp)
    _s_text(o, f_text)
    _s_from_id(o, f_from_id)
    _s_from_name(o, f_from_name)
    _s_files(o, f_files)
    _s_conversation_id(o, f_conversation_id)
    _s_is_unread(o, f_is_unread)
    _s_updated_at(o, f_updated_at)
    _s_quote(o, f_quote)
    _s_type(o, f_type)
    _s_status(o, f_status)
    _s_inbox_id(o, f_inbox_id)
    _s_title(o, f_title)
    _s_message_key(o, f_message_key)
    _s_actions(o, f_actions)
    _s_auto_cancel_deadline(o, f_auto_cancel_deadline)
    _s_auto_completion_time(o, f_auto_completion_time)
    _s_extras(o, f_extras)
    _s_stages(o, f_stages)
    _s_misc_track_params(o, f_misc_track_params)
    _s_transcription_status(o, f_transcription_status)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Track._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
