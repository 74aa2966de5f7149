"""KworkComplaintResponse: Answer to a kwork complaint.

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
    response: Any = _attrs.field(default=None, hash=False)
    complain_available: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "Any"),
        ("complain_available", "complainAvailable", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkComplaintResponse]]


def _from_wire(
    d: Any,
    where: str = "KworkComplaintResponse",
    _new: Callable[[type[KworkComplaintResponse]], KworkComplaintResponse] = object.__new__,
    _s_success: Callable[[KworkComplaintResponse, Any], None] = KworkComplaintResponse.__dict__[
        "success"
    ].__set__,
    _s_response: Callable[[KworkComplaintResponse, Any], None] = KworkComplaintResponse.__dict__[
        "response"
    ].__set__,
    _s_complain_available: Callable[[KworkComplaintResponse, Any], None] = KworkComplaintResponse.__dict__[
        "complain_available"
    ].__set__,
    _s_additional_properties: Callable[[KworkComplaintResponse, Any], None] = KworkComplaintResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkComplaintResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
        f_complain_available = _c.to_int(f_complain_available, "KworkComplaintResponse.complain_available")
    o = _new(KworkComplaintResponse)
    _s_success(o, f_success)
    _s_response(o, f_response)
    _s_complain_available(o, f_complain_available)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkComplaintResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
