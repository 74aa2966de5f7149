"""OfferPackageOption: One option of a kwork package.

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
        "value",
        "type",
        "name_1",
        "name_2",
        "name_5",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OfferPackageOption(KworkModel):
    """One option of a kwork package.

    Attributes:
        id: Option id.
        name: Option name.
        value: Option value.
        type: How the value reads: `label` (text) or `digit` (a number).
        name_1: Option name for a count of one (Russian plural form).
        name_2: Option name for a count of two to four (Russian plural form).
        name_5: Option name for a count of five or more (Russian plural form).
    """

    id: int | None = None
    name: str | None = None
    value: str | None = None
    type: str | None = None
    name_1: str | None = None
    name_2: str | None = None
    name_5: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("value", "value", "str | None"),
        ("type", "type", "str | None"),
        ("name_1", "name_1", "str | None"),
        ("name_2", "name_2", "str | None"),
        ("name_5", "name_5", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OfferPackageOption]]


def _from_wire(
    d: Any,
    where: str = "OfferPackageOption",
    _new: Callable[[type[OfferPackageOption]], OfferPackageOption] = object.__new__,
    _s_id: Callable[[OfferPackageOption, Any], None] = OfferPackageOption.__dict__["id"].__set__,
    _s_name: Callable[[OfferPackageOption, Any], None] = OfferPackageOption.__dict__["name"].__set__,
    _s_value: Callable[[OfferPackageOption, Any], None] = OfferPackageOption.__dict__["value"].__set__,
    _s_type: Callable[[OfferPackageOption, Any], None] = OfferPackageOption.__dict__["type"].__set__,
    _s_name_1: Callable[[OfferPackageOption, Any], None] = OfferPackageOption.__dict__["name_1"].__set__,
    _s_name_2: Callable[[OfferPackageOption, Any], None] = OfferPackageOption.__dict__["name_2"].__set__,
    _s_name_5: Callable[[OfferPackageOption, Any], None] = OfferPackageOption.__dict__["name_5"].__set__,
    _s_additional_properties: Callable[[OfferPackageOption, Any], None] = OfferPackageOption.__dict__[
        "additional_properties"
    ].__set__,
) -> OfferPackageOption:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OfferPackageOption.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "OfferPackageOption.name")
    f_value = g("value")
    if f_value is not None and f_value.__class__ is not str:
        f_value = _c.to_str(f_value, "OfferPackageOption.value")
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "OfferPackageOption.type")
    f_name_1 = g("name_1")
    if f_name_1 is not None and f_name_1.__class__ is not str:
        f_name_1 = _c.to_str(f_name_1, "OfferPackageOption.name_1")
    f_name_2 = g("name_2")
    if f_name_2 is not None and f_name_2.__class__ is not str:
        f_name_2 = _c.to_str(f_name_2, "OfferPackageOption.name_2")
    f_name_5 = g("name_5")
    if f_name_5 is not None and f_name_5.__class__ is not str:
        f_name_5 = _c.to_str(f_name_5, "OfferPackageOption.name_5")
    o = _new(OfferPackageOption)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_value(o, f_value)
    _s_type(o, f_type)
    _s_name_1(o, f_name_1)
    _s_name_2(o, f_name_2)
    _s_name_5(o, f_name_5)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OfferPackageOption._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
