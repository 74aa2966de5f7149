"""ExchangeInfo: The user's counters on the project exchange.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("exchange_response_count", "exchange_response_count", "int | None"),
        ("archived_count", "archived_count", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ExchangeInfo") -> ExchangeInfo:
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
        extra = d.keys() - _KNOWN
        return ExchangeInfo(
            f_exchange_response_count,
            f_archived_count,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
