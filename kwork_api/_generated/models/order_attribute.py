"""OrderAttribute: A classification attribute of an order and its values.

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
        "name",
        "values",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderAttribute(KworkModel):
    """A classification attribute of an order and its values.

    Attributes:
        name: Attribute name.
        values: Attribute values.
    """

    name: str | None = None
    values: list[str] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("values", "values", "list[str] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderAttribute]]


def _from_wire(
    d: Any,
    where: str = "OrderAttribute",
    _new: Callable[[type[OrderAttribute]], OrderAttribute] = object.__new__,
    _s_name: Callable[[OrderAttribute, Any], None] = OrderAttribute.__dict__["name"].__set__,
    _s_values: Callable[[OrderAttribute, Any], None] = OrderAttribute.__dict__["values"].__set__,
    _s_additional_properties: Callable[[OrderAttribute, Any], None] = OrderAttribute.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderAttribute:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "OrderAttribute.name")
    f_values = g("values")
    if f_values is not None:
        f_values = _c.to_list(f_values, _c.to_str, "OrderAttribute.values")
    o = _new(OrderAttribute)
    _s_name(o, f_name)
    _s_values(o, f_values)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderAttribute._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
