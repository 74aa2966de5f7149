"""UadDuplicates: Whether an installation id is reported by more than one installation.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("duplicate", "duplicate", "bool | None"),
        ("count", "count", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "UadDuplicates") -> UadDuplicates:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_duplicate = g("duplicate")
        if f_duplicate is not None and f_duplicate.__class__ is not bool:
            f_duplicate = _c.to_bool(f_duplicate, "UadDuplicates.duplicate")
        f_count = g("count")
        if f_count is not None and f_count.__class__ is not int:
            f_count = _c.to_int(f_count, "UadDuplicates.count")
        extra = d.keys() - _KNOWN
        return UadDuplicates(
            f_duplicate,
            f_count,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
