"""KworkClassification: A classification shown on a kwork page. Its chosen values arrive as a comma-separated string under the wire key `attrs`, kept in `additional_properties`.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("title", "title", "str | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkClassification]]


def _from_wire(
    d: Any,
    where: str = "KworkClassification",
    _new: Callable[[type[KworkClassification]], KworkClassification] = object.__new__,
    _s_title: Callable[[KworkClassification, Any], None] = KworkClassification.__dict__["title"].__set__,
    _s_additional_properties: Callable[[KworkClassification, Any], None] = KworkClassification.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkClassification:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "KworkClassification.title")
    o = _new(KworkClassification)
    _s_title(o, f_title)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkClassification._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
