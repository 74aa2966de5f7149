"""KworkChannelLink: A link to the channel a kwork promotes.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("link", "link", "str | None"),
        ("type", "type", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkChannelLink") -> KworkChannelLink:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_link = g("link")
        if f_link is not None and f_link.__class__ is not str:
            f_link = _c.to_str(f_link, "KworkChannelLink.link")
        f_type = g("type")
        if f_type is not None and f_type.__class__ is not str:
            f_type = _c.to_str(f_type, "KworkChannelLink.type")
        extra = d.keys() - _KNOWN
        return KworkChannelLink(
            f_link,
            f_type,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
