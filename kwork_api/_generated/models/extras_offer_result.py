"""ExtrasOfferResult: What an extras offer produced: the new track entries and the other side of the order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import interlocutor as _m_interlocutor
from . import track as _m_track

if TYPE_CHECKING:
    from .interlocutor import Interlocutor
    from .track import Track

_KNOWN = frozenset(
    {
        "messages",
        "user",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ExtrasOfferResult(KworkModel):
    """What an extras offer produced: the new track entries and the other side of the order.

    Attributes:
        messages: Track entries created by the offer.
        user: The other side of the order.
    """

    messages: list[Track] | None = _attrs.field(default=None, hash=False)
    user: Interlocutor | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("messages", "messages", "list[Track] | None"),
        ("user", "user", "Interlocutor | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ExtrasOfferResult]]


def _from_wire(
    d: Any,
    where: str = "ExtrasOfferResult",
    _new: Callable[[type[ExtrasOfferResult]], ExtrasOfferResult] = object.__new__,
    _s_messages: Callable[[ExtrasOfferResult, Any], None] = ExtrasOfferResult.__dict__["messages"].__set__,
    _s_user: Callable[[ExtrasOfferResult, Any], None] = ExtrasOfferResult.__dict__["user"].__set__,
    _s_additional_properties: Callable[[ExtrasOfferResult, Any], None] = ExtrasOfferResult.__dict__[
        "additional_properties"
    ].__set__,
) -> ExtrasOfferResult:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_messages = g("messages")
    if f_messages is not None:
        if f_messages.__class__ is list:
            f_messages = list(map(_m_track.Track._from_wire, f_messages))
        else:
            f_messages = _c.to_list(f_messages, _m_track.Track._from_wire, "ExtrasOfferResult.messages")
    f_user = g("user")
    if f_user is not None:
        f_user = _c.to_model(f_user, _m_interlocutor.Interlocutor._from_wire, "ExtrasOfferResult.user")
    o = _new(ExtrasOfferResult)
    _s_messages(o, f_messages)
    _s_user(o, f_user)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ExtrasOfferResult._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
