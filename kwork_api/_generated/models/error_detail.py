"""ErrorDetail: One field error.

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
        "position",
        "target",
        "text",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ErrorDetail(KworkModel):
    """One field error.

    Attributes:
        position: Position of the field in the request, when given.
        target: Name of the field the error refers to.
        text: What is wrong with it.
    """

    position: int | None = None
    target: str | None = None
    text: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("position", "position", "int | None"),
        ("target", "target", "str | None"),
        ("text", "text", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ErrorDetail]]


def _from_wire(
    d: Any,
    where: str = "ErrorDetail",
    _new: Callable[[type[ErrorDetail]], ErrorDetail] = object.__new__,
    _s_position: Callable[[ErrorDetail, Any], None] = ErrorDetail.__dict__["position"].__set__,
    _s_target: Callable[[ErrorDetail, Any], None] = ErrorDetail.__dict__["target"].__set__,
    _s_text: Callable[[ErrorDetail, Any], None] = ErrorDetail.__dict__["text"].__set__,
    _s_additional_properties: Callable[[ErrorDetail, Any], None] = ErrorDetail.__dict__[
        "additional_properties"
    ].__set__,
) -> ErrorDetail:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_position = g("position")
    if f_position is not None and f_position.__class__ is not int:
        f_position = _c.to_int(f_position, "ErrorDetail.position")
    f_target = g("target")
    if f_target is not None and f_target.__class__ is not str:
        f_target = _c.to_str(f_target, "ErrorDetail.target")
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "ErrorDetail.text")
    o = _new(ErrorDetail)
    _s_position(o, f_position)
    _s_target(o, f_target)
    _s_text(o, f_text)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ErrorDetail._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
