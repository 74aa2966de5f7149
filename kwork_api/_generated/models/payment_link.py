"""PaymentLink: A link to a payment page.

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
        "paymentUrlWebView",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PaymentLink(KworkModel):
    """A link to a payment page.

    Attributes:
        payment_url_web_view: URL of the payment page, to open in a browser or web view. Wire
            name: `paymentUrlWebView`.
    """

    payment_url_web_view: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("payment_url_web_view", "paymentUrlWebView", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PaymentLink]]


def _from_wire(
    d: Any,
    where: str = "PaymentLink",
    _new: Callable[[type[PaymentLink]], PaymentLink] = object.__new__,
    _s_payment_url_web_view: Callable[[PaymentLink, Any], None] = PaymentLink.__dict__[
        "payment_url_web_view"
    ].__set__,
    _s_additional_properties: Callable[[PaymentLink, Any], None] = PaymentLink.__dict__[
        "additional_properties"
    ].__set__,
) -> PaymentLink:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_payment_url_web_view = g("paymentUrlWebView")
    if f_payment_url_web_view is not None and f_payment_url_web_view.__class__ is not str:
        f_payment_url_web_view = _c.to_str(f_payment_url_web_view, "PaymentLink.payment_url_web_view")
    o = _new(PaymentLink)
    _s_payment_url_web_view(o, f_payment_url_web_view)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PaymentLink._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
