"""EmailConfirmationSent: A confirmation letter that was sent.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("timeout_", "timeout", "int | None"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], EmailConfirmationSent]]


def _from_wire(
    d: Any,
    where: str = "EmailConfirmationSent",
    _new: Callable[[type[EmailConfirmationSent]], EmailConfirmationSent] = object.__new__,
    _s_timeout_: Callable[[EmailConfirmationSent, Any], None] = EmailConfirmationSent.__dict__[
        "timeout_"
    ].__set__,
    _s_additional_properties: Callable[[EmailConfirmationSent, Any], None] = EmailConfirmationSent.__dict__[
        "additional_properties"
    ].__set__,
) -> EmailConfirmationSent:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_timeout_ = g("timeout")
    if f_timeout_ is not None and f_timeout_.__class__ is not int:
        f_timeout_ = _c.to_int(f_timeout_, "EmailConfirmationSent.timeout_")
    o = _new(EmailConfirmationSent)
    _s_timeout_(o, f_timeout_)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


EmailConfirmationSent._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
