"""CaptchaStatus: Whether a password reset must include a captcha.

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
        "show_captcha",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CaptchaStatus(KworkModel):
    """Whether a password reset must include a captcha.

    Attributes:
        show_captcha: True when `resetPassword` needs a solved captcha.
    """

    show_captcha: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("show_captcha", "show_captcha", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "CaptchaStatus") -> CaptchaStatus:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_show_captcha = g("show_captcha")
        if f_show_captcha is not None and f_show_captcha.__class__ is not bool:
            f_show_captcha = _c.to_bool(f_show_captcha, "CaptchaStatus.show_captcha")
        extra = d.keys() - _KNOWN
        return CaptchaStatus(
            f_show_captcha,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
