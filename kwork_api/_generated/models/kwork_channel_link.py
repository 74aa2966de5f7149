"""KworkChannelLink: A link to the channel a kwork promotes.

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
        "link",
        "type",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkChannelLink(KworkModel):
    """A link to the channel a kwork promotes.

    Attributes:
        link: Channel URL.
        type: Network the channel is on.
    """

    link: str | None = None
    type: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("link", "link", "str | None"),
        ("type", "type", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkChannelLink]]


def _from_wire(
    d: Any,
    where: str = "KworkChannelLink",
    _new: Callable[[type[KworkChannelLink]], KworkChannelLink] = object.__new__,
    _s_link: Callable[[KworkChannelLink, Any], None] = KworkChannelLink.__dict__["link"].__set__,
    _s_type: Callable[[KworkChannelLink, Any], None] = KworkChannelLink.__dict__["type"].__set__,
    _s_additional_properties: Callable[[KworkChannelLink, Any], None] = KworkChannelLink.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkChannelLink:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_link = g("link")
    if f_link is not None and f_link.__class__ is not str:
        f_link = _c.to_str(f_link, "KworkChannelLink.link")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "KworkChannelLink.type")
    o = _new(KworkChannelLink)
    _s_link(o, f_link)
    _s_type(o, f_type)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkChannelLink._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
