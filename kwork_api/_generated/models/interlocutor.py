"""Interlocutor: The other party of a dialog.

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
        "user_id",
        "username",
        "last_online_timestamp",
        "avatar_image_path",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Interlocutor(KworkModel):
    """The other party of a dialog.

    Attributes:
        user_id: User id.
        username: Login name.
        last_online_timestamp: When the user was last online (Unix time).
        avatar_image_path: Absolute URL of the avatar image.
    """

    user_id: int | None = None
    username: str | None = None
    last_online_timestamp: int | None = None
    avatar_image_path: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("user_id", "user_id", "int | None"),
        ("username", "username", "str | None"),
        ("last_online_timestamp", "last_online_timestamp", "int | None"),
        ("avatar_image_path", "avatar_image_path", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Interlocutor]]


def _from_wire(
    d: Any,
    where: str = "Interlocutor",
    _new: Callable[[type[Interlocutor]], Interlocutor] = object.__new__,
    _s_user_id: Callable[[Interlocutor, Any], None] = Interlocutor.__dict__["user_id"].__set__,
    _s_username: Callable[[Interlocutor, Any], None] = Interlocutor.__dict__["username"].__set__,
    _s_last_online_timestamp: Callable[[Interlocutor, Any], None] = Interlocutor.__dict__[
        "last_online_timestamp"
    ].__set__,
    _s_avatar_image_path: Callable[[Interlocutor, Any], None] = Interlocutor.__dict__[
        "avatar_image_path"
    ].__set__,
    _s_additional_properties: Callable[[Interlocutor, Any], None] = Interlocutor.__dict__[
        "additional_properties"
    ].__set__,
) -> Interlocutor:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_user_id = g("user_id")
    if f_user_id is not None and f_user_id.__class__ is not int:
        f_user_id = _c.to_int(f_user_id, "Interlocutor.user_id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "Interlocutor.username")
    f_last_online_timestamp = g("last_online_timestamp")
    if f_last_online_timestamp is not None and f_last_online_timestamp.__class__ is not int:
        f_last_online_timestamp = _c.to_int(f_last_online_timestamp, "Interlocutor.last_online_timestamp")
    f_avatar_image_path = g("avatar_image_path")
    if f_avatar_image_path is not None and f_avatar_image_path.__class__ is not str:
        f_avatar_image_path = _c.to_str(f_avatar_image_path, "Interlocutor.avatar_image_path")
    o = _new(Interlocutor)
    _s_user_id(o, f_user_id)
    _s_username(o, f_username)
    _s_last_online_timestamp(o, f_last_online_timestamp)
    _s_avatar_image_path(o, f_avatar_image_path)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Interlocutor._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
