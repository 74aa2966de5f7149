"""ErrorDetail: One field error.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("position", "position", "int | None"),
        ("target", "target", "str | None"),
        ("text", "text", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ErrorDetail") -> ErrorDetail:
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
        extra = d.keys() - _KNOWN
        return ErrorDetail(
            f_position,
            f_target,
            f_text,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
