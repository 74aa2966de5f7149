"""OrderParticipant: A participant block (freelancer or buyer) of an order header.

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
        "id",
        "username",
        "fullname",
        "image_url",
        "is_online",
        "is_voice_message_blocked",
        "hash",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderParticipant(KworkModel):
    """A participant block (freelancer or buyer) of an order header.

    Attributes:
        id: User id.
        username: User name.
        fullname: Display name.
        image_url: Avatar image URL.
        is_online: True when the user is online now.
        is_voice_message_blocked: True when voice messages to this user are blocked (buyer block
            only).
        hash: Version of this block; send it back as `worker_hash` or `payer_hash`.
    """

    id: int
    username: str | None = None
    fullname: str | None = None
    image_url: str | None = None
    is_online: bool | None = None
    is_voice_message_blocked: bool | None = None
    hash: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("username", "username", "str | None"),
        ("fullname", "fullname", "str | None"),
        ("image_url", "image_url", "str | None"),
        ("is_online", "is_online", "bool | None"),
        ("is_voice_message_blocked", "is_voice_message_blocked", "bool | None"),
        ("hash", "hash", "int | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `image_url`."""
        return self.image_url

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderParticipant]]


def _from_wire(
    d: Any,
    where: str = "OrderParticipant",
    _new: Callable[[type[OrderParticipant]], OrderParticipant] = object.__new__,
    _s_id: Callable[[OrderParticipant, Any], None] = OrderParticipant.__dict__["id"].__set__,
    _s_username: Callable[[OrderParticipant, Any], None] = OrderParticipant.__dict__["username"].__set__,
    _s_fullname: Callable[[OrderParticipant, Any], None] = OrderParticipant.__dict__["fullname"].__set__,
    _s_image_url: Callable[[OrderParticipant, Any], None] = OrderParticipant.__dict__["image_url"].__set__,
    _s_is_online: Callable[[OrderParticipant, Any], None] = OrderParticipant.__dict__["is_online"].__set__,
    _s_is_voice_message_blocked: Callable[[OrderParticipant, Any], None] = OrderParticipant.__dict__[
        "is_voice_message_blocked"
    ].__set__,
    _s_hash: Callable[[OrderParticipant, Any], None] = OrderParticipant.__dict__["hash"].__set__,
    _s_additional_properties: Callable[[OrderParticipant, Any], None] = OrderParticipant.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderParticipant:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderParticipant.id")
        if f_id is None:
            raise _c.missing("OrderParticipant.id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "OrderParticipant.username")
    f_fullname = g("fullname")
    if f_fullname is not None and f_fullname.__class__ is not str:
        f_fullname = _c.to_str(f_fullname, "OrderParticipant.fullname")
    f_image_url = g("image_url")
    if f_image_url is not None and f_image_url.__class__ is not str:
        f_image_url = _c.to_str(f_image_url, "OrderParticipant.image_url")
    f_is_online = g("is_online")
    if f_is_online is not None and f_is_online.__class__ is not bool:
        f_is_online = _c.to_bool(f_is_online, "OrderParticipant.is_online")
    f_is_voice_message_blocked = g("is_voice_message_blocked")
    if f_is_voice_message_blocked is not None and f_is_voice_message_blocked.__class__ is not bool:
        f_is_voice_message_blocked = _c.to_bool(
            f_is_voice_message_blocked, "OrderParticipant.is_voice_message_blocked"
        )
    f_hash = g("hash")
    if f_hash is not None and f_hash.__class__ is not int:
        f_hash = _c.to_int(f_hash, "OrderParticipant.hash")
    o = _new(OrderParticipant)
    _s_id(o, f_id)
    _s_username(o, f_username)
    _s_fullname(o, f_fullname)
    _s_image_url(o, f_image_url)
    _s_is_online(o, f_is_online)
    _s_is_voice_message_blocked(o, f_is_voice_message_blocked)
    _s_hash(o, f_hash)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderParticipant._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
