"""APIErrorResponse: The error envelope.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import error_detail as _m_error_detail

if TYPE_CHECKING:
    from .error_detail import ErrorDetail

_KNOWN = frozenset(
    {
        "success",
        "error",
        "error_code",
        "errors",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class APIErrorResponse(KworkModel):
    """The error envelope.

    Attributes:
        success: Always false on error.
        error: Human-readable error text, in the site's language.
        error_code: Numeric error code; sometimes sent as a string.
        errors: Field errors, for methods that validate several inputs.
    """

    success: bool
    error: str | None = None
    error_code: int | None = None
    errors: list[ErrorDetail] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("error", "error", "str | None"),
        ("error_code", "error_code", "int | None"),
        ("errors", "errors", "list[ErrorDetail] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], APIErrorResponse]]


def _from_wire(
    d: Any,
    where: str = "APIErrorResponse",
    _new: Callable[[type[APIErrorResponse]], APIErrorResponse] = object.__new__,
    _s_success: Callable[[APIErrorResponse, Any], None] = APIErrorResponse.__dict__["success"].__set__,
    _s_error: Callable[[APIErrorResponse, Any], None] = APIErrorResponse.__dict__["error"].__set__,
    _s_error_code: Callable[[APIErrorResponse, Any], None] = APIErrorResponse.__dict__["error_code"].__set__,
    _s_errors: Callable[[APIErrorResponse, Any], None] = APIErrorResponse.__dict__["errors"].__set__,
    _s_additional_properties: Callable[[APIErrorResponse, Any], None] = APIErrorResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> APIErrorResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "APIErrorResponse.success")
        if f_success is None:
            raise _c.missing("APIErrorResponse.success")
    f_error = g("error")
    if f_error is not None and f_error.__class__ is not str:
        f_error = _c.to_str(f_error, "APIErrorResponse.error")
    f_error_code = g("error_code")
    if f_error_code is not None and f_error_code.__class__ is not int:
        f_error_code = _c.to_int(f_error_code, "APIErrorResponse.error_code")
    f_errors = g("errors")
    if f_errors is not None:
        if f_errors.__class__ is list:
            f_errors = list(map(_m_error_detail.ErrorDetail._from_wire, f_errors))
        else:
            f_errors = _c.to_list(f_errors, _m_error_detail.ErrorDetail._from_wire, "APIErrorResponse.errors")
    o = _new(APIErrorResponse)
    _s_success(o, f_success)
    _s_error(o, f_error)
    _s_error_code(o, f_error_code)
    _s_errors(o, f_errors)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


APIErrorResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
