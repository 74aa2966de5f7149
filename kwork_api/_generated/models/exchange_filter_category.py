"""ExchangeFilterCategory: A category in the freelancer's saved exchange filter.

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
        "id",
        "name",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ExchangeFilterCategory(KworkModel):
    """A category in the freelancer's saved exchange filter.

    Attributes:
        id: Category id.
        name: Category name.
    """

    id: int | None = None
    name: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ExchangeFilterCategory") -> ExchangeFilterCategory:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id is not None and f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "ExchangeFilterCategory.id")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "ExchangeFilterCategory.name")
        extra = d.keys() - _KNOWN
        return ExchangeFilterCategory(
            f_id,
            f_name,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
