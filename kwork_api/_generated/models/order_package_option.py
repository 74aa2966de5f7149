"""OrderPackageOption: An option of an ordered package.

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
    list_values: list[str] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
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

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderPackageOption]]


def _from_wire(
    d: Any,
    where: str = "OrderPackageOption",
    _new: Callable[[type[OrderPackageOption]], OrderPackageOption] = object.__new__,
    _s_id: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__["id"].__set__,
    _s_name: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__["name"].__set__,
    _s_min_value: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__[
        "min_value"
    ].__set__,
    _s_max_value: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__[
        "max_value"
    ].__set__,
    _s_hint: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__["hint"].__set__,
    _s_type: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__["type"].__set__,
    _s_predefined_value_1: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__[
        "predefined_value_1"
    ].__set__,
    _s_predefined_value_2: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__[
        "predefined_value_2"
    ].__set__,
    _s_predefined_value_3: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__[
        "predefined_value_3"
    ].__set__,
    _s_list_values: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__[
        "list_values"
    ].__set__,
    _s_additional_properties: Callable[[OrderPackageOption, Any], None] = OrderPackageOption.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderPackageOption:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(OrderPackageOption)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_min_value(o, f_min_value)
    _s_max_value(o, f_max_value)
    _s_hint(o, f_hint)
    _s_type(o, f_type)
    _s_predefined_value_1(o, f_predefined_value_1)
    _s_predefined_value_2(o, f_predefined_value_2)
    _s_predefined_value_3(o, f_predefined_value_3)
    _s_list_values(o, f_list_values)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderPackageOption._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
