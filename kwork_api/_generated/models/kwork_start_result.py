"""KworkStartResult: The outcome of switching a kwork on.

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
        "message",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkStartResult(KworkModel):
    """The outcome of switching a kwork on.

    Attributes:
        message: Whether the kwork is live now or goes live after moderation, as display text.
    """

    message: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("message", "message", "str | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkStartResult]]


def _from_wire(
    d: Any,
    where: str = "KworkStartResult",
    _new: Callable[[type[KworkStartResult]], KworkStartResult] = object.__new__,
    _s_message: Callable[[KworkStartResult, Any], None] = KworkStartResult.__dict__["message"].__set__,
    _s_additional_properties: Callable[[KworkStartResult, Any], None] = KworkStartResult.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkStartResult:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_message = g("message")
    if f_message is not None and f_message.__class__ is not str:
        f_message = _c.to_str(f_message, "KworkStartResult.message")
    o = _new(KworkStartResult)
    _s_message(o, f_message)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkStartResult._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
