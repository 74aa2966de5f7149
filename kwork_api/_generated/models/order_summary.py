"""OrderSummary: An order reduced to its id and title.

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
        "id",
        "kwork_title",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderSummary(KworkModel):
    """An order reduced to its id and title.

    Attributes:
        id: Order id.
        kwork_title: Title of the order as the user sees it.
    """

    id: int
    kwork_title: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("kwork_title", "kwork_title", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderSummary") -> OrderSummary:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "OrderSummary.id")
            if f_id is None:
                raise _c.missing("OrderSummary.id")
        f_kwork_title = g("kwork_title")
        if f_kwork_title is not None and f_kwork_title.__class__ is not str:
            f_kwork_title = _c.to_str(f_kwork_title, "OrderSummary.kwork_title")
        extra = d.keys() - _KNOWN
        return OrderSummary(
            f_id,
            f_kwork_title,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
