"""KworkPackageOption: An option of a kwork package.

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
        "included",
        "value",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkPackageOption(KworkModel):
    """An option of a kwork package.

    Attributes:
        name: Option name.
        included: True when the package includes the option.
        value: Value of the option in this package, such as a quantity.
    """

    name: str | None = None
    included: bool | None = None
    value: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("included", "included", "bool | None"),
        ("value", "value", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkPackageOption") -> KworkPackageOption:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "KworkPackageOption.name")
        f_included = g("included")
        if f_included is not None and f_included.__class__ is not bool:
            f_included = _c.to_bool(f_included, "KworkPackageOption.included")
        f_value = g("value")
        if f_value is not None and f_value.__class__ is not str:
            f_value = _c.to_str(f_value, "KworkPackageOption.value")
        extra = d.keys() - _KNOWN
        return KworkPackageOption(
            f_name,
            f_included,
            f_value,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
