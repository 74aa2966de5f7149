"""CancellationReasonChoice: A further choice that refines a cancellation reason.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type", "type", "str | None"),
        ("name", "name", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "CancellationReasonChoice") -> CancellationReasonChoice:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_type = g("type")
        if f_type is not None and f_type.__class__ is not str:
            f_type = _c.to_str(f_type, "CancellationReasonChoice.type")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "CancellationReasonChoice.name")
        extra = d.keys() - _KNOWN
        return CancellationReasonChoice(
            f_type,
            f_name,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
