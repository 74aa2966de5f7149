"""OrderPackage: The package an order was placed with.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import order_package_option as _m_order_package_option

if TYPE_CHECKING:
    from .order_package_option import OrderPackageOption

_KNOWN = frozenset(
    {
        "type",
        "options",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderPackage(KworkModel):
    """The package an order was placed with.

    Attributes:
        type: Package level: `standard`, `medium` or `premium`.
        options: Package options included in the order.
    """

    type: str | None = None
    options: list[OrderPackageOption] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type", "type", "str | None"),
        ("options", "options", "list[OrderPackageOption] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderPackage]]


def _from_wire(
    d: Any,
    where: str = "OrderPackage",
    _new: Callable[[type[OrderPackage]], OrderPackage] = object.__new__,
    _s_type: Callable[[OrderPackage, Any], None] = OrderPackage.__dict__["type"].__set__,
    _s_options: Callable[[OrderPackage, Any], None] = OrderPackage.__dict__["options"].__set__,
    _s_additional_properties: Callable[[OrderPackage, Any], None] = OrderPackage.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderPackage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_type = g("type")
    if f_type is not None and f_type.__class__ is not str:
        f_type = _c.to_str(f_type, "OrderPackage.type")
    f_options = g("options")
    if f_options is not None:
        if f_options.__class__ is list:
            f_options = list(map(_m_order_package_option.OrderPackageOption._from_wire, f_options))
        else:
            f_options = _c.to_list(
                f_options, _m_order_package_option.OrderPackageOption._from_wire, "OrderPackage.options"
            )
    o = _new(OrderPackage)
    _s_type(o, f_type)
    _s_options(o, f_options)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderPackage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
