"""CaptchaStatus: Whether a password reset must include a captcha.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("show_captcha", "show_captcha", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CaptchaStatus]]


def _from_wire(
    d: Any,
    where: str = "CaptchaStatus",
    _new: Callable[[type[CaptchaStatus]], CaptchaStatus] = object.__new__,
    _s_show_captcha: Callable[[CaptchaStatus, Any], None] = CaptchaStatus.__dict__["show_captcha"].__set__,
    _s_additional_properties: Callable[[CaptchaStatus, Any], None] = CaptchaStatus.__dict__[
        "additional_properties"
    ].__set__,
) -> CaptchaStatus:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_show_captcha = g("show_captcha")
    if f_show_captcha is not None and f_show_captcha.__class__ is not bool:
        f_show_captcha = _c.to_bool(f_show_captcha, "CaptchaStatus.show_captcha")
    o = _new(CaptchaStatus)
    _s_show_captcha(o, f_show_captcha)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CaptchaStatus._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
