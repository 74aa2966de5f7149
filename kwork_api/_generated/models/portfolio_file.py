"""PortfolioFile: A video, audio recording or PDF attached to a portfolio item.

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
        "position",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PortfolioFile(KworkModel):
    """A video, audio recording or PDF attached to a portfolio item.

    Attributes:
        link: URL of the file or video.
        position: Sort position among files of the same kind.
    """

    link: str | None = None
    position: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("link", "link", "str | None"),
        ("position", "position", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PortfolioFile]]


def _from_wire(
    d: Any,
    where: str = "PortfolioFile",
    _new: Callable[[type[PortfolioFile]], PortfolioFile] = object.__new__,
    _s_link: Callable[[PortfolioFile, Any], None] = PortfolioFile.__dict__["link"].__set__,
    _s_position: Callable[[PortfolioFile, Any], None] = PortfolioFile.__dict__["position"].__set__,
    _s_additional_properties: Callable[[PortfolioFile, Any], None] = PortfolioFile.__dict__[
        "additional_properties"
    ].__set__,
) -> PortfolioFile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_link = g("link")
    if f_link is not None and f_link.__class__ is not str:
        f_link = _c.to_str(f_link, "PortfolioFile.link")
    f_position = g("position")
    if f_position is not None and f_position.__class__ is not int:
        f_position = _c.to_int(f_position, "PortfolioFile.position")
    o = _new(PortfolioFile)
    _s_link(o, f_link)
    _s_position(o, f_position)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PortfolioFile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
