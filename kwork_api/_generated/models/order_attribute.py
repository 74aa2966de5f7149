"""OrderAttribute: A classification attribute of an order and its values.

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
    values: list[str] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("values", "values", "list[str] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderAttribute") -> OrderAttribute:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "OrderAttribute.name")
        f_values = g("values")
        if f_values is not None:
            f_values = _c.to_list(f_values, _c.to_str, "OrderAttribute.values")
        extra = d.keys() - _KNOWN
        return OrderAttribute(
            f_name,
            f_values,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
