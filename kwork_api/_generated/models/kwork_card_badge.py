"""KworkCardBadge: A label shown on a kwork card, with its colours.

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
        "backgroundColor",
        "textColor",
        "composite_text_colors",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkCardBadge(KworkModel):
    """A label shown on a kwork card, with its colours.

    Attributes:
        name: Label text.
        background_color: Background colour, as a CSS colour. Wire name: `backgroundColor`.
        text_color: Text colour, as a CSS colour. Wire name: `textColor`.
        composite_text_colors: Colours of parts of the label text, keyed by part.
    """

    name: str | None = None
    background_color: str | None = None
    text_color: str | None = None
    composite_text_colors: Any = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("background_color", "backgroundColor", "str | None"),
        ("text_color", "textColor", "str | None"),
        ("composite_text_colors", "composite_text_colors", "Any"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkCardBadge]]


def _from_wire(
    d: Any,
    where: str = "KworkCardBadge",
    _new: Callable[[type[KworkCardBadge]], KworkCardBadge] = object.__new__,
    _s_name: Callable[[KworkCardBadge, Any], None] = KworkCardBadge.__dict__["name"].__set__,
    _s_background_color: Callable[[KworkCardBadge, Any], None] = KworkCardBadge.__dict__[
        "background_color"
    ].__set__,
    _s_text_color: Callable[[KworkCardBadge, Any], None] = KworkCardBadge.__dict__["text_color"].__set__,
    _s_composite_text_colors: Callable[[KworkCardBadge, Any], None] = KworkCardBadge.__dict__[
        "composite_text_colors"
    ].__set__,
    _s_additional_properties: Callable[[KworkCardBadge, Any], None] = KworkCardBadge.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkCardBadge:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "KworkCardBadge.name")
    f_background_color = g("backgroundColor")
    if f_background_color is not None and f_background_color.__class__ is not str:
        f_background_color = _c.to_str(f_background_color, "KworkCardBadge.background_color")
    f_text_color = g("textColor")
    if f_text_color is not None and f_text_color.__class__ is not str:
        f_text_color = _c.to_str(f_text_color, "KworkCardBadge.text_color")
    f_composite_text_colors = g("composite_text_colors")
    o = _new(KworkCardBadge)
    _s_name(o, f_name)
    _s_background_color(o, f_background_color)
    _s_text_color(o, f_text_color)
    _s_composite_text_colors(o, f_composite_text_colors)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkCardBadge._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
