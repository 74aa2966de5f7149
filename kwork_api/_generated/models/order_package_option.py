"""OrderPackageOption: An option of an ordered package.

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
        "name",
        "min_value",
        "max_value",
        "hint",
        "type",
        "predefined_value_1",
        "predefined_value_2",
        "predefined_value_3",
        "list_values",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderPackageOption(KworkModel):
    """An option of an ordered package.

    Attributes:
        id: Option id.
        name: Option name.
        min_value: Lowest value of the option.
        max_value: Highest value of the option.
        hint: Help text of the option.
        type: Kind of option, as the server names it.
        predefined_value_1: First preset value of the option.
        predefined_value_2: Second preset value of the option.
        predefined_value_3: Third preset value of the option.
        list_values: Values of a list option.
    """

    id: int
    name: str | None = None
    min_value: int | None = None
    max_value: int | None = None
    hint: str | None = None
    type: str | None = None
    predefined_value_1: str | None = None
    predefined_value_2: str | None = None
    predefined_value_3: str | None = None
    list_values: list[str] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("min_value", "min_value", "int | None"),
        ("max_value", "max_value", "int | None"),
        ("hint", "hint", "str | None"),
        ("type", "type", "str | None"),
        ("predefined_value_1", "predefined_value_1", "str | None"),
        ("predefined_value_2", "predefined_value_2", "str | None"),
        ("predefined_value_3", "predefined_value_3", "str | None"),
        ("list_values", "list_values", "list[str] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderPackageOption") -> OrderPackageOption:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "OrderPackageOption.id")
            if f_id is None:
                raise _c.missing("OrderPackageOption.id")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "OrderPackageOption.name")
        f_min_value = g("min_value")
        if f_min_value is not None and f_min_value.__class__ is not int:
            f_min_value = _c.to_int(f_min_value, "OrderPackageOption.min_value")
        f_max_value = g("max_value")
        if f_max_value is not None and f_max_value.__class__ is not int:
            f_max_value = _c.to_int(f_max_value, "OrderPackageOption.max_value")
        f_hint = g("hint")
        if f_hint is not None and f_hint.__class__ is not str:
            f_hint = _c.to_str(f_hint, "OrderPackageOption.hint")
        f_type = g("type")
        if f_type is not None and f_type.__class__ is not str:
            f_type = _c.to_str(f_type, "OrderPackageOption.type")
        f_predefined_value_1 = g("predefined_value_1")
        if f_predefined_value_1 is not None and f_predefined_value_1.__class__ is not str:
            f_predefined_value_1 = _c.to_str(f_predefined_value_1, "OrderPackageOption.predefined_value_1")
        f_predefined_value_2 = g("predefined_value_2")
        if f_predefined_value_2 is not None and f_predefined_value_2.__class__ is not str:
            f_predefined_value_2 = _c.to_str(f_predefined_value_2, "OrderPackageOption.predefined_value_2")
        f_predefined_value_3 = g("predefined_value_3")
        if f_predefined_value_3 is not None and f_predefined_value_3.__class__ is not str:
            f_predefined_value_3 = _c.to_str(f_predefined_value_3, "OrderPackageOption.predefined_value_3")
        f_list_values = g("list_values")
        if f_list_values is not None:
            f_list_values = _c.to_list(f_list_values, _c.to_str, "OrderPackageOption.list_values")
        extra = d.keys() - _KNOWN
        return OrderPackageOption(
            f_id,
            f_name,
            f_min_value,
            f_max_value,
            f_hint,
            f_type,
            f_predefined_value_1,
            f_predefined_value_2,
            f_predefined_value_3,
            f_list_values,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
