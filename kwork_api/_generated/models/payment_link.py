"""PaymentLink: A link to a payment page.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("payment_url_web_view", "paymentUrlWebView", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "PaymentLink") -> PaymentLink:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_payment_url_web_view = g("paymentUrlWebView")
        if f_payment_url_web_view is not None and f_payment_url_web_view.__class__ is not str:
            f_payment_url_web_view = _c.to_str(f_payment_url_web_view, "PaymentLink.payment_url_web_view")
        extra = d.keys() - _KNOWN
        return PaymentLink(
            f_payment_url_web_view,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
