"""YescrowApplication: One application to work or pay as a business, and its review status.

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
        "status",
        "type",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class YescrowApplication(KworkModel):
    """One application to work or pay as a business, and its review status.

    Attributes:
        status: Review status: `0` under review, `1` approved, `2` rejected.
        type: Kind of business: for a freelancer `0` self-employed or `1` sole trader; for a
            buyer `2` legal entity, `3` self-employed or `4` sole trader.
    """

    status: int | None = None
    type: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("status", "status", "int | None"),
        ("type", "type", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "YescrowApplication") -> YescrowApplication:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_status = g("status")
        if f_status is not None and f_status.__class__ is not int:
            f_status = _c.to_int(f_status, "YescrowApplication.status")
        f_type = g("type")
        if f_type is not None and f_type.__class__ is not int:
            f_type = _c.to_int(f_type, "YescrowApplication.type")
        extra = d.keys() - _KNOWN
        return YescrowApplication(
            f_status,
            f_type,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
