"""ReviewWriter: The author of a review, in short.

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
        "profilepicture",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ReviewWriter(KworkModel):
    """The author of a review, in short.

    Attributes:
        id: User id.
        username: Login name.
        profilepicture: Avatar image URL.
    """

    id: int | None = None
    username: str | None = None
    profilepicture: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("username", "username", "str | None"),
        ("profilepicture", "profilepicture", "str | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `profilepicture`."""
        return self.profilepicture

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ReviewWriter]]


def _from_wire(
    d: Any,
    where: str = "ReviewWriter",
    _new: Callable[[type[ReviewWriter]], ReviewWriter] = object.__new__,
    _s_id: Callable[[ReviewWriter, Any], None] = ReviewWriter.__dict__["id"].__set__,
    _s_username: Callable[[ReviewWriter, Any], None] = ReviewWriter.__dict__["username"].__set__,
    _s_profilepicture: Callable[[ReviewWriter, Any], None] = ReviewWriter.__dict__["profilepicture"].__set__,
    _s_additional_properties: Callable[[ReviewWriter, Any], None] = ReviewWriter.__dict__[
        "additional_properties"
    ].__set__,
) -> ReviewWriter:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "ReviewWriter.id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "ReviewWriter.username")
    f_profilepicture = g("profilepicture")
    if f_profilepicture is not None and f_profilepicture.__class__ is not str:
        f_profilepicture = _c.to_str(f_profilepicture, "ReviewWriter.profilepicture")
    o = _new(ReviewWriter)
    _s_id(o, f_id)
    _s_username(o, f_username)
    _s_profilepicture(o, f_profilepicture)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ReviewWriter._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
