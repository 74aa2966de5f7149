"""OrderCounterparty: The other side of an order in an order list.

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
        "is_online",
        "profilepicture",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderCounterparty(KworkModel):
    """The other side of an order in an order list.

    Attributes:
        id: User id.
        username: User name.
        is_online: True when the user is online now.
        profilepicture: Avatar image URL.
    """

    id: int
    username: str | None = None
    is_online: bool | None = None
    profilepicture: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("username", "username", "str | None"),
        ("is_online", "is_online", "bool | None"),
        ("profilepicture", "profilepicture", "str | None"),
    )

    @property
    def avatar_url(self) -> str | None:
        """Same as `profilepicture`."""
        return self.profilepicture

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderCounterparty]]


def _from_wire(
    d: Any,
    where: str = "OrderCounterparty",
    _new: Callable[[type[OrderCounterparty]], OrderCounterparty] = object.__new__,
    _s_id: Callable[[OrderCounterparty, Any], None] = OrderCounterparty.__dict__["id"].__set__,
    _s_username: Callable[[OrderCounterparty, Any], None] = OrderCounterparty.__dict__["username"].__set__,
    _s_is_online: Callable[[OrderCounterparty, Any], None] = OrderCounterparty.__dict__["is_online"].__set__,
    _s_profilepicture: Callable[[OrderCounterparty, Any], None] = OrderCounterparty.__dict__[
        "profilepicture"
    ].__set__,
    _s_additional_properties: Callable[[OrderCounterparty, Any], None] = OrderCounterparty.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderCounterparty:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderCounterparty.id")
        if f_id is None:
            raise _c.missing("OrderCounterparty.id")
    f_username = g("username")
    if f_username is not None and f_username.__class__ is not str:
        f_username = _c.to_str(f_username, "OrderCounterparty.username")
    f_is_online = g("is_online")
    if f_is_online is not None and f_is_online.__class__ is not bool:
        f_is_online = _c.to_bool(f_is_online, "OrderCounterparty.is_online")
    f_profilepicture = g("profilepicture")
    if f_profilepicture is not None and f_profilepicture.__class__ is not str:
        f_profilepicture = _c.to_str(f_profilepicture, "OrderCounterparty.profilepicture")
    o = _new(OrderCounterparty)
    _s_id(o, f_id)
    _s_username(o, f_username)
    _s_is_online(o, f_is_online)
    _s_profilepicture(o, f_profilepicture)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderCounterparty._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
