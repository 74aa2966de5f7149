"""DataResponse: The success envelope every method answers with.

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
        "response",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DataResponse(KworkModel):
    """The success envelope every method answers with.

    Attributes:
        success: Always true on success.
        response: The method's data.
    """

    success: bool
    response: Any = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "Any"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "DataResponse") -> DataResponse:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_success = g("success")
        if f_success.__class__ is not bool:
            f_success = _c.to_bool(f_success, "DataResponse.success")
            if f_success is None:
                raise _c.missing("DataResponse.success")
        f_response = g("response")
        extra = d.keys() - _KNOWN
        return DataResponse(
            f_success,
            f_response,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
