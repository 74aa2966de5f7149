"""OrderReviewAction: An action available on a review answer.

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
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderReviewAction(KworkModel):
    """An action available on a review answer.

    Attributes:
        id: Action id.
    """

    id: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("id", "id", "str | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderReviewAction") -> OrderReviewAction:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id is not None and f_id.__class__ is not str:
            f_id = _c.to_str(f_id, "OrderReviewAction.id")
        extra = d.keys() - _KNOWN
        return OrderReviewAction(
            f_id,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
