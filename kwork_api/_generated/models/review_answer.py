"""ReviewAnswer: A seller's public answer to a review.

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
        "text",
        "user_id",
        "time_added",
        "username",
        "profilepicture",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ReviewAnswer(KworkModel):
    """A seller's public answer to a review.

    Attributes:
        id: Answer id.
        text: Answer text.
        user_id: Id of the seller who answered.
        time_added: When the answer was written (Unix time).
        username: The seller's login name.
        profilepicture: The seller's avatar image URL.
    """

    id: int | None = None
    text: str | None = None
    user_id: int | None = None
    time_added: int | None = None
    username: str | None = None
    profilepicture: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("text", "text", "str | None"),
        ("user_id", "user_id", "int | None"),
        ("time_added", "time_added", "int | None"),
        ("username", "username", "str | None"),
        ("profilepicture", "profilepicture", "str | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `profilepicture`."""
        return self.profilepicture

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ReviewAnswer]]


def _from_wire(
    d: Any,
    where: str = "ReviewAnswer",
    _new: Callable[[type[ReviewAnswer]], ReviewAnswer] = object.__new__,
    _s_id: Callable[[ReviewAnswer, Any], None] = ReviewAnswer.__dict__["id"].__set__,
    _s_text: Callable[[ReviewAnswer, Any], None] = ReviewAnswer.__dict__["text"].__set__,
    _s_user_id: Callable[[ReviewAnswer, Any], None] = ReviewAnswer.__dict__["user_id"].__set__,
    _s_time_added: Callable[[ReviewAnswer, Any], None] = ReviewAnswer.__dict__["time_added"].__set__,
    _s_username: Callable[[ReviewAnswer, Any], None] = ReviewAnswer.__dict__["username"].__set__,
    _s_profilepicture: Callable[[ReviewAnswer, Any], None] = ReviewAnswer.__dict__["profilepicture"].__set__,
    _s_additional_properties: Callable[[ReviewAnswer, Any], None] = ReviewAnswer.__dict__[
        "additional_properties"
    ].__set__,
) -> ReviewAnswer:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "ReviewAnswer.id")
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "ReviewAnswer.text")
    f_user_id = g("user_id")
    if f_user_id is not None and f_user_id.__class__ is not int:
        f_user_id = _c.to_int(f_user_id, "ReviewAnswer.user_id")
    f_time_added = g("time_added")
    if f_time_added is not None and f_time_added.__class__ is not int:
        f_time_added = _c.to_int(f_time_added, "ReviewAnswer.time_added")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "ReviewAnswer.username")
    f_profilepicture = g("profilepicture")
    if f_profilepicture is not None and f_profilepicture.__class__ is not str:
        f_profilepicture = _c.to_str(f_profilepicture, "ReviewAnswer.profilepicture")
    o = _new(ReviewAnswer)
    _s_id(o, f_id)
    _s_text(o, f_text)
    _s_user_id(o, f_user_id)
    _s_time_added(o, f_time_added)
    _s_username(o, f_username)
    _s_profilepicture(o, f_profilepicture)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ReviewAnswer._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
