"""KworkCategoryTab: A category tab of a seller's profile.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_card_with_level as _m_kwork_card_with_level

if TYPE_CHECKING:
    from .kwork_card_with_level import KworkCardWithLevel

_KNOWN = frozenset(
    {
        "id",
        "name",
        "kworks_count",
        "kworks",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkCategoryTab(KworkModel):
    """A category tab of a seller's profile.

    Attributes:
        id: Category id.
        name: Category name.
        kworks_count: Number of the seller's active kworks in it.
        kworks: The first kworks of the tab.
    """

    id: int | None = None
    name: str | None = None
    kworks_count: int | None = None
    kworks: list[KworkCardWithLevel] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("kworks", "kworks", "list[KworkCardWithLevel] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkCategoryTab") -> KworkCategoryTab:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id is not None and f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "KworkCategoryTab.id")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "KworkCategoryTab.name")
        f_kworks_count = g("kworks_count")
        if f_kworks_count is not None and f_kworks_count.__class__ is not int:
            f_kworks_count = _c.to_int(f_kworks_count, "KworkCategoryTab.kworks_count")
        f_kworks = g("kworks")
        if f_kworks is not None:
            f_kworks = _c.to_list(
                f_kworks, _m_kwork_card_with_level.KworkCardWithLevel._from_wire, "KworkCategoryTab.kworks"
            )
        extra = d.keys() - _KNOWN
        return KworkCategoryTab(
            f_id,
            f_name,
            f_kworks_count,
            f_kworks,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
