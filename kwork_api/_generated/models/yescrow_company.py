"""YescrowCompany: The company a buyer pays as, and where its verification stands.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("status", "status", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "YescrowCompany") -> YescrowCompany:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "YescrowCompany.name")
        f_status = g("status")
        if f_status is not None and f_status.__class__ is not int:
            f_status = _c.to_int(f_status, "YescrowCompany.status")
        extra = d.keys() - _KNOWN
        return YescrowCompany(
            f_name,
            f_status,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
