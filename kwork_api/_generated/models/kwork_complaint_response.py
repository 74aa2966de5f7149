"""KworkComplaintResponse: Answer to a kwork complaint.

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
        "complainAvailable",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkComplaintResponse(KworkModel):
    """Answer to a kwork complaint.

    Attributes:
        success: Always true on success.
        response: The method's data.
        complain_available: When the next complaint can be sent without a captcha (Unix time).
            Wire name: `complainAvailable`.
    """

    success: bool
    response: Any = None
    complain_available: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "Any"),
        ("complain_available", "complainAvailable", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkComplaintResponse") -> KworkComplaintResponse:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_success = g("success")
        if f_success.__class__ is not bool:
            f_success = _c.to_bool(f_success, "KworkComplaintResponse.success")
            if f_success is None:
                raise _c.missing("KworkComplaintResponse.success")
        f_response = g("response")
        f_complain_available = g("complainAvailable")
        if f_complain_available is not None and f_complain_available.__class__ is not int:
            f_complain_available = _c.to_int(
                f_complain_available, "KworkComplaintResponse.complain_available"
            )
        extra = d.keys() - _KNOWN
        return KworkComplaintResponse(
            f_success,
            f_response,
            f_complain_available,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
