"""YescrowRefillLink: A Yescrow payment link for topping up the balance.

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
        "yescrowPaymentUrl",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class YescrowRefillLink(KworkModel):
    """A Yescrow payment link for topping up the balance.

    Attributes:
        yescrow_payment_url: URL of the Yescrow payment page to open in a browser. Wire name:
            `yescrowPaymentUrl`.
    """

    yescrow_payment_url: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("yescrow_payment_url", "yescrowPaymentUrl", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], YescrowRefillLink]]


def _from_wire(
    d: Any,
    where: str = "YescrowRefillLink",
    _new: Callable[[type[YescrowRefillLink]], YescrowRefillLink] = object.__new__,
    _s_yescrow_payment_url: Callable[[YescrowRefillLink, Any], None] = YescrowRefillLink.__dict__[
        "yescrow_payment_url"
    ].__set__,
    _s_additional_properties: Callable[[YescrowRefillLink, Any], None] = YescrowRefillLink.__dict__[
        "additional_properties"
    ].__set__,
) -> YescrowRefillLink:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_yescrow_payment_url = g("yescrowPaymentUrl")
    if f_yescrow_payment_url is not None and f_yescrow_payment_url.__class__ is not str:
        f_yescrow_payment_url = _c.to_str(f_yescrow_payment_url, "YescrowRefillLink.yescrow_payment_url")
    o = _new(YescrowRefillLink)
    _s_yescrow_payment_url(o, f_yescrow_payment_url)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


YescrowRefillLink._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
