"""ReviewWriter: The author of a review, in short.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "ReviewWriter") -> ReviewWriter:
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
        extra = d.keys() - _KNOWN
        return ReviewWriter(
            f_id,
            f_username,
            f_profilepicture,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
