"""WantStatusGroup: One status tab of the buyer's projects, with the projects in it.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    wants: list[Want] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
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

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], WantStatusGroup]]


def _from_wire(
    d: Any,
    where: str = "WantStatusGroup",
    _new: Callable[[type[WantStatusGroup]], WantStatusGroup] = object.__new__,
    _s_id: Callable[[WantStatusGroup, Any], None] = WantStatusGroup.__dict__["id"].__set__,
    _s_title: Callable[[WantStatusGroup, Any], None] = WantStatusGroup.__dict__["title"].__set__,
    _s_tootlip: Callable[[WantStatusGroup, Any], None] = WantStatusGroup.__dict__["tootlip"].__set__,
    _s_order: Callable[[WantStatusGroup, Any], None] = WantStatusGroup.__dict__["order"].__set__,
    _s_projects_count: Callable[[WantStatusGroup, Any], None] = WantStatusGroup.__dict__[
        "projects_count"
    ].__set__,
    _s_wants: Callable[[WantStatusGroup, Any], None] = WantStatusGroup.__dict__["wants"].__set__,
    _s_additional_properties: Callable[[WantStatusGroup, Any], None] = WantStatusGroup.__dict__[
        "additional_properties"
    ].__set__,
) -> WantStatusGroup:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
        if f_wants.__class__ is list:
            f_wants = list(map(_m_want.Want._from_wire, f_wants))
        else:
            f_wants = _c.to_list(f_wants, _m_want.Want._from_wire, "WantStatusGroup.wants")
    o = _new(WantStatusGroup)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_tootlip(o, f_tootlip)
    _s_order(o, f_order)
    _s_projects_count(o, f_projects_count)
    _s_wants(o, f_wants)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


WantStatusGroup._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
