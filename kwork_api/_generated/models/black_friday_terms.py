"""BlackFridayTerms: A kwork's terms in the Black Friday sale.

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
        "is_black_friday",
        "black_friday_price",
        "discount_percentage",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class BlackFridayTerms(KworkModel):
    """A kwork's terms in the Black Friday sale.

    Attributes:
        is_black_friday: True when the kwork takes part in the sale.
        black_friday_price: Sale price, in the kwork's currency (roubles for `ru` kworks,
            dollars for `en`).
        discount_percentage: Discount shown on the badge, in percent.
    """

    is_black_friday: bool | None = None
    black_friday_price: float | None = None
    discount_percentage: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("is_black_friday", "is_black_friday", "bool | None"),
        ("black_friday_price", "black_friday_price", "float | None"),
        ("discount_percentage", "discount_percentage", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], BlackFridayTerms]]


def _from_wire(
    d: Any,
    where: str = "BlackFridayTerms",
    _new: Callable[[type[BlackFridayTerms]], BlackFridayTerms] = object.__new__,
    _s_is_black_friday: Callable[[BlackFridayTerms, Any], None] = BlackFridayTerms.__dict__[
        "is_black_friday"
    ].__set__,
    _s_black_friday_price: Callable[[BlackFridayTerms, Any], None] = BlackFridayTerms.__dict__[
        "black_friday_price"
    ].__set__,
    _s_discount_percentage: Callable[[BlackFridayTerms, Any], None] = BlackFridayTerms.__dict__[
        "discount_percentage"
    ].__set__,
    _s_additional_properties: Callable[[BlackFridayTerms, Any], None] = BlackFridayTerms.__dict__[
        "additional_properties"
    ].__set__,
) -> BlackFridayTerms:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_is_black_friday = g("is_black_friday")
    if f_is_black_friday is not None and f_is_black_friday.__class__ is not bool:
        f_is_black_friday = _c.to_bool(f_is_black_friday, "BlackFridayTerms.is_black_friday")
    f_black_friday_price = g("black_friday_price")
    if (
        f_black_friday_price is not None
        and f_black_friday_price.__class__ is not float
        and f_black_friday_price.__class__ is not int
    ):
        f_black_friday_price = _c.to_float(f_black_friday_price, "BlackFridayTerms.black_friday_price")
    f_discount_percentage = g("discount_percentage")
    if f_discount_percentage is not None and f_discount_percentage.__class__ is not int:
        f_discount_percentage = _c.to_int(f_discount_percentage, "BlackFridayTerms.discount_percentage")
    o = _new(BlackFridayTerms)
    _s_is_black_friday(o, f_is_black_friday)
    _s_black_friday_price(o, f_black_friday_price)
    _s_discount_percentage(o, f_discount_percentage)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


BlackFridayTerms._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
