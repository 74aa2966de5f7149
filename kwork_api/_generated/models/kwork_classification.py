"""KworkClassification: A classification shown on a kwork page. Its chosen values arrive as a comma-separated string under the wire key `attrs`, kept in `additional_properties`.

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
        "title",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkClassification(KworkModel):
    """A classification shown on a kwork page. Its chosen values arrive as a comma-separated string
    under the wire key `attrs`, kept in `additional_properties`.

    Attributes:
        title: Classification name.
    """

    title: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("title", "title", "str | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkClassification") -> KworkClassification:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_title = g("title")
        if f_title is not None and f_title.__class__ is not str:
            f_title = _c.to_str(f_title, "KworkClassification.title")
        extra = d.keys() - _KNOWN
        return KworkClassification(
            f_title,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
