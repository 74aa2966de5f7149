"""DialogFilterCounts: Counters of the dialog list filters.

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
        "unread",
        "archived",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogFilterCounts(KworkModel):
    """Counters of the dialog list filters.

    Attributes:
        unread: Number of dialogs with unread messages.
        archived: Number of archived dialogs.
    """

    unread: int | None = None
    archived: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("unread", "unread", "int | None"),
        ("archived", "archived", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "DialogFilterCounts") -> DialogFilterCounts:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_unread = g("unread")
        if f_unread is not None and f_unread.__class__ is not int:
            f_unread = _c.to_int(f_unread, "DialogFilterCounts.unread")
        f_archived = g("archived")
        if f_archived is not None and f_archived.__class__ is not int:
            f_archived = _c.to_int(f_archived, "DialogFilterCounts.archived")
        extra = d.keys() - _KNOWN
        return DialogFilterCounts(
            f_unread,
            f_archived,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
