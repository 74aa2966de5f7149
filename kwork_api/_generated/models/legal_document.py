"""LegalDocument: A legal text of the site (policy, agreement or rules).

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
        "html",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class LegalDocument(KworkModel):
    """A legal text of the site (policy, agreement or rules).

    Attributes:
        html: The text as an HTML fragment.
    """

    html: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("html", "html", "str | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], LegalDocument]]


def _from_wire(
    d: Any,
    where: str = "LegalDocument",
    _new: Callable[[type[LegalDocument]], LegalDocument] = object.__new__,
    _s_html: Callable[[LegalDocument, Any], None] = LegalDocument.__dict__["html"].__set__,
    _s_additional_properties: Callable[[LegalDocument, Any], None] = LegalDocument.__dict__[
        "additional_properties"
    ].__set__,
) -> LegalDocument:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_html = g("html")
    if f_html is not None and f_html.__class__ is not str:
        f_html = _c.to_str(f_html, "LegalDocument.html")
    o = _new(LegalDocument)
    _s_html(o, f_html)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


LegalDocument._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
