"""CoverImage: The profile cover image.

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
        "src",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CoverImage(KworkModel):
    """The profile cover image.

    Attributes:
        src: URL of the cover now shown (the default one after a deletion).
    """

    src: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("src", "src", "str | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CoverImage]]


def _from_wire(
    d: Any,
    where: str = "CoverImage",
    _new: Callable[[type[CoverImage]], CoverImage] = object.__new__,
    _s_src: Callable[[CoverImage, Any], None] = CoverImage.__dict__["src"].__set__,
    _s_additional_properties: Callable[[CoverImage, Any], None] = CoverImage.__dict__[
        "additional_properties"
    ].__set__,
) -> CoverImage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_src = g("src")
    if f_src is not None and f_src.__class__ is not str:
        f_src = _c.to_str(f_src, "CoverImage.src")
    o = _new(CoverImage)
    _s_src(o, f_src)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CoverImage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
