"""VolumeType: A unit kwork volumes are counted in (words, pages, minutes...).

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
        "name_short",
        "name_plural_2_4",
        "name_plural_11_19",
        "name_accusative",
        "volume_type_group_id",
        "contains_value",
        "contains_id",
        "group_order",
        "lang",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class VolumeType(KworkModel):
    """A unit kwork volumes are counted in (words, pages, minutes...).

    Attributes:
        id: Unit id.
        name: Name, singular.
        name_short: Short name.
        name_plural_2_4: Plural form used after 2 to 4 (Russian grammar).
        name_plural_11_19: Plural form used after 5 to 20 (Russian grammar).
        name_accusative: Accusative form.
        volume_type_group_id: Id of the group of related units.
        contains_value: How many `contains_id` units one unit holds.
        contains_id: Id of the unit `contains_value` counts in.
        group_order: Sort position inside the group.
        lang: Language of the names, `ru` or `en`.
    """

    id: int
    name: str | None = None
    name_short: str | None = None
    name_plural_2_4: str | None = None
    name_plural_11_19: str | None = None
    name_accusative: str | None = None
    volume_type_group_id: int | None = None
    contains_value: float | None = None
    contains_id: int | None = None
    group_order: int | None = None
    lang: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("name_short", "name_short", "str | None"),
        ("name_plural_2_4", "name_plural_2_4", "str | None"),
        ("name_plural_11_19", "name_plural_11_19", "str | None"),
        ("name_accusative", "name_accusative", "str | None"),
        ("volume_type_group_id", "volume_type_group_id", "int | None"),
        ("contains_value", "contains_value", "float | None"),
        ("contains_id", "contains_id", "int | None"),
        ("group_order", "group_order", "int | None"),
        ("lang", "lang", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], VolumeType]]


def _from_wire(
    d: Any,
    where: str = "VolumeType",
    _new: Callable[[type[VolumeType]], VolumeType] = object.__new__,
    _s_id: Callable[[VolumeType, Any], None] = VolumeType.__dict__["id"].__set__,
    _s_name: Callable[[VolumeType, Any], None] = VolumeType.__dict__["name"].__set__,
    _s_name_short: Callable[[VolumeType, Any], None] = VolumeType.__dict__["name_short"].__set__,
    _s_name_plural_2_4: Callable[[VolumeType, Any], None] = VolumeType.__dict__["name_plural_2_4"].__set__,
    _s_name_plural_11_19: Callable[[VolumeType, Any], None] = VolumeType.__dict__[
        "name_plural_11_19"
    ].__set__,
    _s_name_accusative: Callable[[VolumeType, Any], None] = VolumeType.__dict__["name_accusative"].__set__,
    _s_volume_type_group_id: Callable[[VolumeType, Any], None] = VolumeType.__dict__[
        "volume_type_group_id"
    ].__set__,
    _s_contains_value: Callable[[VolumeType, Any], None] = VolumeType.__dict__["contains_value"].__set__,
    _s_contains_id: Callable[[VolumeType, Any], None] = VolumeType.__dict__["contains_id"].__set__,
    _s_group_order: Callable[[VolumeType, Any], None] = VolumeType.__dict__["group_order"].__set__,
    _s_lang: Callable[[VolumeType, Any], None] = VolumeType.__dict__["lang"].__set__,
    _s_additional_properties: Callable[[VolumeType, Any], None] = VolumeType.__dict__[
        "additional_properties"
    ].__set__,
) -> VolumeType:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "VolumeType.id")
        if f_id is None:
            raise _c.missing("VolumeType.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "VolumeType.name")
    f_name_short = g("name_short")
    if f_name_short is not None and f_name_short.__class__ is not str:
        f_name_short = _c.to_str(f_name_short, "VolumeType.name_short")
    f_name_plural_2_4 = g("name_plural_2_4")
    if f_name_plural_2_4 is not None and f_name_plural_2_4.__class__ is not str:
        f_name_plural_2_4 = _c.to_str(f_name_plural_2_4, "VolumeType.name_plural_2_4")
    f_name_plural_11_19 = g("name_plural_11_19")
    if f_name_plural_11_19 is not None and f_name_plural_11_19.__class__ is not str:
        f_name_plural_11_19 = _c.to_str(f_name_plural_11_19, "VolumeType.name_plural_11_19")
    f_name_accusative = g("name_accusative")
    if f_name_accusative is not None and f_name_accusative.__class__ is not str:
        f_name_accusative = _c.to_str(f_name_accusative, "VolumeType.name_accusative")
    f_volume_type_group_id = g("volume_type_group_id")
    if f_volume_type_group_id is not None and f_volume_type_group_id.__class__ is not int:
        f_volume_type_group_id = _c.to_int(f_volume_type_group_id, "VolumeType.volume_type_group_id")
    f_contains_value = g("contains_value")
    if (
        f_contains_value is not None
        and f_contains_value.__class__ is not float
        and f_contains_value.__class__ is not int
    ):
        f_contains_value = _c.to_float(f_contains_value, "VolumeType.contains_value")
    f_contains_id = g("contains_id")
    if f_contains_id is not None and f_contains_id.__class__ is not int:
        f_contains_id = _c.to_int(f_contains_id, "VolumeType.contains_id")
    f_group_order = g("group_order")
    if f_group_order is not None and f_group_order.__class__ is not int:
        f_group_order = _c.to_int(f_group_order, "VolumeType.group_order")
    f_lang = g("lang")
    if f_lang is not None and f_lang.__class__ is not str:
        f_lang = _c.to_str(f_lang, "VolumeType.lang")
    o = _new(VolumeType)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_name_short(o, f_name_short)
    _s_name_plural_2_4(o, f_name_plural_2_4)
    _s_name_plural_11_19(o, f_name_plural_11_19)
    _s_name_accusative(o, f_name_accusative)
    _s_volume_type_group_id(o, f_volume_type_group_id)
    _s_contains_value(o, f_contains_value)
    _s_contains_id(o, f_contains_id)
    _s_group_order(o, f_group_order)
    _s_lang(o, f_lang)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


VolumeType._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
