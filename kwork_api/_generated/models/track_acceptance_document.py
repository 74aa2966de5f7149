"""TrackAcceptanceDocument: A document the buyer must accept before the work can be accepted.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("url", "url", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "TrackAcceptanceDocument") -> TrackAcceptanceDocument:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "TrackAcceptanceDocument.name")
        f_url = g("url")
        if f_url is not None and f_url.__class__ is not str:
            f_url = _c.to_str(f_url, "TrackAcceptanceDocument.url")
        extra = d.keys() - _KNOWN
        return TrackAcceptanceDocument(
            f_name,
            f_url,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
