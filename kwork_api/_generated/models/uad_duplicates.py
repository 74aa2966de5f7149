"""UadDuplicates: Whether an installation id is reported by more than one installation.

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
        "duplicate",
        "count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class UadDuplicates(KworkModel):
    """Whether an installation id is reported by more than one installation.

    Attributes:
        duplicate: True when the id is duplicated.
        count: Number of duplicates.
    """

    duplicate: bool | None = None
    count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("duplicate", "duplicate", "bool | None"),
        ("count", "count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], UadDuplicates]]


def _from_wire(
    d: Any,
    where: str = "UadDuplicates",
    _new: Callable[[type[UadDuplicates]], UadDuplicates] = object.__new__,
    _s_duplicate: Callable[[UadDuplicates, Any], None] = UadDuplicates.__dict__["duplicate"].__set__,
    _s_count: Callable[[UadDuplicates, Any], None] = UadDuplicates.__dict__["count"].__set__,
    _s_additional_properties: Callable[[UadDuplicates, Any], None] = UadDuplicates.__dict__[
        "additional_properties"
    ].__set__,
) -> UadDuplicates:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_duplicate = g("duplicate")
    if f_duplicate is not None and f_duplicate.__class__ is not bool:
        f_duplicate = _c.to_bool(f_duplicate, "UadDuplicates.duplicate")
    f_count = g("count")
    if f_count is not None and f_count.__class__ is not int:
        f_count = _c.to_int(f_count, "UadDuplicates.count")
    o = _new(UadDuplicates)
    _s_duplicate(o, f_duplicate)
    _s_count(o, f_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


UadDuplicates._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
