"""EmailConfirmationSent: A confirmation letter that was sent.

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
        "timeout",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class EmailConfirmationSent(KworkModel):
    """A confirmation letter that was sent.

    Attributes:
        timeout_: Seconds before another letter may be requested. Wire name: `timeout`.
    """

    timeout_: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("timeout_", "timeout", "int | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "EmailConfirmationSent") -> EmailConfirmationSent:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_timeout_ = g("timeout")
        if f_timeout_ is not None and f_timeout_.__class__ is not int:
            f_timeout_ = _c.to_int(f_timeout_, "EmailConfirmationSent.timeout_")
        extra = d.keys() - _KNOWN
        return EmailConfirmationSent(
            f_timeout_,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
