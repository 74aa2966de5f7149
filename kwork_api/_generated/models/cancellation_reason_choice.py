"""CancellationReasonChoice: A further choice that refines a cancellation reason.

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
        "type",
        "name",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CancellationReasonChoice(KworkModel):
    """A further choice that refines a cancellation reason.

    Attributes:
        type: Code of the choice.
        name: Text of the choice.
    """

    type: str | None = None
    name: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type", "type", "str | None"),
        ("name", "name", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CancellationReasonChoice]]


def _from_wire(
    d: Any,
    where: str = "CancellationReasonChoice",
    _new: Callable[[type[CancellationReasonChoice]], CancellationReasonChoice] = object.__new__,
    _s_type: Callable[[CancellationReasonChoice, Any], None] = CancellationReasonChoice.__dict__[
        "type"
    ].__set__,
    _s_name: Callable[[CancellationReasonChoice, Any], None] = CancellationReasonChoice.__dict__[
        "name"
    ].__set__,
    _s_additional_properties: Callable[
        [CancellationReasonChoice, Any], None
    ] = CancellationReasonChoice.__dict__["additional_properties"].__set__,
) -> CancellationReasonChoice:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "CancellationReasonChoice.type")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CancellationReasonChoice.name")
    o = _new(CancellationReasonChoice)
    _s_type(o, f_type)
    _s_name(o, f_name)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CancellationReasonChoice._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
