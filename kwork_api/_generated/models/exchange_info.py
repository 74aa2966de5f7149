"""ExchangeInfo: The user's counters on the project exchange.

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
        "exchange_response_count",
        "archived_count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ExchangeInfo(KworkModel):
    """The user's counters on the project exchange.

    Attributes:
        exchange_response_count: Number of offers the user has sent on the exchange.
        archived_count: Number of the user's projects in the archive.
    """

    exchange_response_count: int | None = None
    archived_count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("exchange_response_count", "exchange_response_count", "int | None"),
        ("archived_count", "archived_count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ExchangeInfo]]


def _from_wire(
    d: Any,
    where: str = "ExchangeInfo",
    _new: Callable[[type[ExchangeInfo]], ExchangeInfo] = object.__new__,
    _s_exchange_response_count: Callable[[ExchangeInfo, Any], None] = ExchangeInfo.__dict__[
        "exchange_response_count"
    ].__set__,
    _s_archived_count: Callable[[ExchangeInfo, Any], None] = ExchangeInfo.__dict__["archived_count"].__set__,
    _s_additional_properties: Callable[[ExchangeInfo, Any], None] = ExchangeInfo.__dict__[
        "additional_properties"
    ].__set__,
) -> ExchangeInfo:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_exchange_response_count = g("exchange_response_count")
    if f_exchange_response_count is not None and f_exchange_response_count.__class__ is not int:
        f_exchange_response_count = _c.to_int(
            f_exchange_response_count, "ExchangeInfo.exchange_response_count"
        )
    f_archived_count = g("archived_count")
    if f_archived_count is not None and f_archived_count.__class__ is not int:
        f_archived_count = _c.to_int(f_archived_count, "ExchangeInfo.archived_count")
    o = _new(ExchangeInfo)
    _s_exchange_response_count(o, f_exchange_response_count)
    _s_archived_count(o, f_archived_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ExchangeInfo._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
