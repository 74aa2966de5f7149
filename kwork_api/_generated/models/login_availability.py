"""LoginAvailability: Whether a user name is free, with a free one suggested.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "LoginAvailability") -> LoginAvailability:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_success = g("success")
        if f_success is not None and f_success.__class__ is not bool:
            f_success = _c.to_bool(f_success, "LoginAvailability.success")
        f_login = g("login")
        if f_login is not None and f_login.__class__ is not str:
            f_login = _c.to_str(f_login, "LoginAvailability.login")
        extra = d.keys() - _KNOWN
        return LoginAvailability(
            f_success,
            f_login,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
