"""ProjectCountRangeBounds: The bounds of a count range; a missing bound means open-ended.

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
        "from",
        "to",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProjectCountRangeBounds(KworkModel):
    """The bounds of a count range; a missing bound means open-ended.

    Attributes:
        from_: Lower bound (a budget in the account's currency, or a number of offers); null
            when open. Wire name: `from`.
        to: Upper bound (a budget in the account's currency, or a number of offers); null when
            open.
    """

    from_: int | None = None
    to: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("from_", "from", "int | None"),
        ("to", "to", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProjectCountRangeBounds]]


def _from_wire(
    d: Any,
    where: str = "ProjectCountRangeBounds",
    _new: Callable[[type[ProjectCountRangeBounds]], ProjectCountRangeBounds] = object.__new__,
    _s_from_: Callable[[ProjectCountRangeBounds, Any], None] = ProjectCountRangeBounds.__dict__[
        "from_"
    ].__set__,
    _s_to: Callable[[ProjectCountRangeBounds, Any], None] = ProjectCountRangeBounds.__dict__["to"].__set__,
    _s_additional_properties: Callable[
        [ProjectCountRangeBounds, Any], None
    ] = ProjectCountRangeBounds.__dict__["additional_properties"].__set__,
) -> ProjectCountRangeBounds:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_from_ = g("from")
    if f_from_ is not None and f_from_.__class__ is not int:
        f_from_ = _c.to_int(f_from_, "ProjectCountRangeBounds.from_")
    f_to = g("to")
    if f_to is not None and f_to.__class__ is not int:
        f_to = _c.to_int(f_to, "ProjectCountRangeBounds.to")
    o = _new(ProjectCountRangeBounds)
    _s_from_(o, f_from_)
    _s_to(o, f_to)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProjectCountRangeBounds._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
