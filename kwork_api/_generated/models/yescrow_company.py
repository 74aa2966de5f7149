"""YescrowCompany: The company a buyer pays as, and where its verification stands.

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
        "name",
        "status",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class YescrowCompany(KworkModel):
    """The company a buyer pays as, and where its verification stands.

    Attributes:
        name: Company name.
        status: Verification status: `0` started, `1` passed, `2` rejected.
    """

    name: str | None = None
    status: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("status", "status", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], YescrowCompany]]


def _from_wire(
    d: Any,
    where: str = "YescrowCompany",
    _new: Callable[[type[YescrowCompany]], YescrowCompany] = object.__new__,
    _s_name: Callable[[YescrowCompany, Any], None] = YescrowCompany.__dict__["name"].__set__,
    _s_status: Callable[[YescrowCompany, Any], None] = YescrowCompany.__dict__["status"].__set__,
    _s_additional_properties: Callable[[YescrowCompany, Any], None] = YescrowCompany.__dict__[
        "additional_properties"
    ].__set__,
) -> YescrowCompany:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "YescrowCompany.name")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not int:
        f_status = _c.to_int(f_status, "YescrowCompany.status")
    o = _new(YescrowCompany)
    _s_name(o, f_name)
    _s_status(o, f_status)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


YescrowCompany._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
