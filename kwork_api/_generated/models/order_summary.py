"""OrderSummary: An order reduced to its id and title.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("kwork_title", "kwork_title", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderSummary]]


def _from_wire(
    d: Any,
    where: str = "OrderSummary",
    _new: Callable[[type[OrderSummary]], OrderSummary] = object.__new__,
    _s_id: Callable[[OrderSummary, Any], None] = OrderSummary.__dict__["id"].__set__,
    _s_kwork_title: Callable[[OrderSummary, Any], None] = OrderSummary.__dict__["kwork_title"].__set__,
    _s_additional_properties: Callable[[OrderSummary, Any], None] = OrderSummary.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderSummary:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(OrderSummary)
    _s_id(o, f_id)
    _s_kwork_title(o, f_kwork_title)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderSummary._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
