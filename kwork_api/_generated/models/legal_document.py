"""LegalDocument: A legal text of the site (policy, agreement or rules).

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("html", "html", "str | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "LegalDocument") -> LegalDocument:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_html = g("html")
        if f_html is not None and f_html.__class__ is not str:
            f_html = _c.to_str(f_html, "LegalDocument.html")
        extra = d.keys() - _KNOWN
        return LegalDocument(
            f_html,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
