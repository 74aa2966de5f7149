"""TimeZone: A time zone a profile can use.

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
        "utc_offset",
        "name",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TimeZone(KworkModel):
    """A time zone a profile can use.

    Attributes:
        id: Time zone id.
        utc_offset: Signed offset from UTC, as the site stores it; `name` shows it in readable
            form.
        name: Time zone name to show.
    """

    id: int
    utc_offset: int | None = None
    name: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("utc_offset", "utc_offset", "int | None"),
        ("name", "name", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "TimeZone") -> TimeZone:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "TimeZone.id")
            if f_id is None:
                raise _c.missing("TimeZone.id")
        f_utc_offset = g("utc_offset")
        if f_utc_offset is not None and f_utc_offset.__class__ is not int:
            f_utc_offset = _c.to_int(f_utc_offset, "TimeZone.utc_offset")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "TimeZone.name")
        extra = d.keys() - _KNOWN
        return TimeZone(
            f_id,
            f_utc_offset,
            f_name,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
