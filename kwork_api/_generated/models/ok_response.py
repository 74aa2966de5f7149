"""OkResponse: A success envelope that carries no data.

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
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OkResponse(KworkModel):
    """A success envelope that carries no data.

    Attributes:
        success: Always true on success.
    """

    success: bool
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("success", "success", "bool"),)

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OkResponse]]


def _from_wire(
    d: Any,
    where: str = "OkResponse",
    _new: Callable[[type[OkResponse]], OkResponse] = object.__new__,
    _s_success: Callable[[OkResponse, Any], None] = OkResponse.__dict__["success"].__set__,
    _s_additional_properties: Callable[[OkResponse, Any], None] = OkResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> OkResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "OkResponse.success")
        if f_success is None:
            raise _c.missing("OkResponse.success")
    o = _new(OkResponse)
    _s_success(o, f_success)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OkResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
