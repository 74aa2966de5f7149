"""OkResponse: A success envelope that carries no data.

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
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OkResponse(KworkModel):
    """A success envelope that carries no data.

    Attributes:
        success: Always true on success.
    """

    success: bool
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("success", "success", "bool"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "OkResponse") -> OkResponse:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_success = g("success")
        if f_success.__class__ is not bool:
            f_success = _c.to_bool(f_success, "OkResponse.success")
            if f_success is None:
                raise _c.missing("OkResponse.success")
        extra = d.keys() - _KNOWN
        return OkResponse(
            f_success,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
