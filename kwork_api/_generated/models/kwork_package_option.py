"""KworkPackageOption: An option of a kwork package.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("included", "included", "bool | None"),
        ("value", "value", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkPackageOption]]


def _from_wire(
    d: Any,
    where: str = "KworkPackageOption",
    _new: Callable[[type[KworkPackageOption]], KworkPackageOption] = object.__new__,
    _s_name: Callable[[KworkPackageOption, Any], None] = KworkPackageOption.__dict__["name"].__set__,
    _s_included: Callable[[KworkPackageOption, Any], None] = KworkPackageOption.__dict__["included"].__set__,
    _s_value: Callable[[KworkPackageOption, Any], None] = KworkPackageOption.__dict__["value"].__set__,
    _s_additional_properties: Callable[[KworkPackageOption, Any], None] = KworkPackageOption.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkPackageOption:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(KworkPackageOption)
    _s_name(o, f_name)
    _s_included(o, f_included)
    _s_value(o, f_value)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkPackageOption._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
