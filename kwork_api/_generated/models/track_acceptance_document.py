"""TrackAcceptanceDocument: A document the buyer must accept before the work can be accepted.

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
        "name",
        "url",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TrackAcceptanceDocument(KworkModel):
    """A document the buyer must accept before the work can be accepted.

    Attributes:
        name: Document title.
        url: Document URL.
    """

    name: str | None = None
    url: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("url", "url", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TrackAcceptanceDocument]]


def _from_wire(
    d: Any,
    where: str = "TrackAcceptanceDocument",
    _new: Callable[[type[TrackAcceptanceDocument]], TrackAcceptanceDocument] = object.__new__,
    _s_name: Callable[[TrackAcceptanceDocument, Any], None] = TrackAcceptanceDocument.__dict__[
        "name"
    ].__set__,
    _s_url: Callable[[TrackAcceptanceDocument, Any], None] = TrackAcceptanceDocument.__dict__["url"].__set__,
    _s_additional_properties: Callable[
        [TrackAcceptanceDocument, Any], None
    ] = TrackAcceptanceDocument.__dict__["additional_properties"].__set__,
) -> TrackAcceptanceDocument:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "TrackAcceptanceDocument.name")
    f_url = g("url")
    if f_url is not None and f_url.__class__ is not str:
        f_url = _c.to_str(f_url, "TrackAcceptanceDocument.url")
    o = _new(TrackAcceptanceDocument)
    _s_name(o, f_name)
    _s_url(o, f_url)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TrackAcceptanceDocument._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
