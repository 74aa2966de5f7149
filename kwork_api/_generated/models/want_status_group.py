"""WantStatusGroup: One status tab of the buyer's projects, with the projects in it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import want as _m_want

if TYPE_CHECKING:
    from .want import Want

_KNOWN = frozenset(
    {
        "id",
        "title",
        "tootlip",
        "order",
        "projects_count",
        "wants",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class WantStatusGroup(KworkModel):
    """One status tab of the buyer's projects, with the projects in it.

    Attributes:
        id: Status id; pass it to `get_my_wants` as `status_ids`.
        title: Tab title, as the app shows it.
        tootlip: Explanation of the status (the wire name is misspelt; `tooltip` reads the same
            value).
        order: Position of the tab, from the left.
        projects_count: Number of the buyer's projects with this status.
        wants: The projects with this status.
    """

    id: int | None = None
    title: str | None = None
    tootlip: str | None = None
    order: int | None = None
    projects_count: int | None = None
    wants: list[Want] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("tootlip", "tootlip", "str | None"),
        ("order", "order", "int | None"),
        ("projects_count", "projects_count", "int | None"),
        ("wants", "wants", "list[Want] | None"),
    )

    @property
    def tooltip(self) -> str | None:
        """Same as `tootlip`."""
        return self.tootlip

    @staticmethod
    def _from_wire(d: Any, where: str = "WantStatusGroup") -> WantStatusGroup:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id is not None and f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "WantStatusGroup.id")
        f_title = g("title")
        if f_title is not None and f_title.__class__ is not str:
            f_title = _c.to_str(f_title, "WantStatusGroup.title")
        f_tootlip = g("tootlip")
        if f_tootlip is not None and f_tootlip.__class__ is not str:
            f_tootlip = _c.to_str(f_tootlip, "WantStatusGroup.tootlip")
        f_order = g("order")
        if f_order is not None and f_order.__class__ is not int:
            f_order = _c.to_int(f_order, "WantStatusGroup.order")
        f_projects_count = g("projects_count")
        if f_projects_count is not None and f_projects_count.__class__ is not int:
            f_projects_count = _c.to_int(f_projects_count, "WantStatusGroup.projects_count")
        f_wants = g("wants")
        if f_wants is not None:
            f_wants = _c.to_list(f_wants, _m_want.Want._from_wire, "WantStatusGroup.wants")
        extra = d.keys() - _KNOWN
        return WantStatusGroup(
            f_id,
            f_title,
            f_tootlip,
            f_order,
            f_projects_count,
            f_wants,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
