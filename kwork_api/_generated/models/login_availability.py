"""LoginAvailability: Whether a user name is free, with a free one suggested.

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
        "success",
        "login",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class LoginAvailability(KworkModel):
    """Whether a user name is free, with a free one suggested.

    Attributes:
        success: True when the user name is free (also readable as `available`).
        login: A free user name the server suggests (also readable as `suggested_login`).
    """

    success: bool | None = None
    login: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool | None"),
        ("login", "login", "str | None"),
    )

    @property
    def available(self) -> bool | None:
        """Same as `success`."""
        return self.success

    @property
    def suggested_login(self) -> str | None:
        """Same as `login`."""
        return self.login

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], LoginAvailability]]


def _from_wire(
    d: Any,
    where: str = "LoginAvailability",
    _new: Callable[[type[LoginAvailability]], LoginAvailability] = object.__new__,
    _s_success: Callable[[LoginAvailability, Any], None] = LoginAvailability.__dict__["success"].__set__,
    _s_login: Callable[[LoginAvailability, Any], None] = LoginAvailability.__dict__["login"].__set__,
    _s_additional_properties: Callable[[LoginAvailability, Any], None] = LoginAvailability.__dict__[
        "additional_properties"
    ].__set__,
) -> LoginAvailability:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success is not None and f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "LoginAvailability.success")
    f_login = g("login")
    if f_login is not None and f_login.__class__ is not str:
        f_login = _c.to_str(f_login, "LoginAvailability.login")
    o = _new(LoginAvailability)
    _s_success(o, f_success)
    _s_login(o, f_login)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


LoginAvailability._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
