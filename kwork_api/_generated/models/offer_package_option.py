"""OfferPackageOption: One option of a kwork package.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "OfferPackageOption") -> OfferPackageOption:
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
        extra = d.keys() - _KNOWN
        return OfferPackageOption(
            f_id,
            f_name,
            f_value,
            f_type,
            f_name_1,
            f_name_2,
            f_name_5,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
