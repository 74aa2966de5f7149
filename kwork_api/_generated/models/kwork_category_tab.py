"""KworkCategoryTab: A category tab of a seller's profile.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    kworks: list[KworkCardWithLevel] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("kworks", "kworks", "list[KworkCardWithLevel] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkCategoryTab]]


def _from_wire(
    d: Any,
    where: str = "KworkCategoryTab",
    _new: Callable[[type[KworkCategoryTab]], KworkCategoryTab] = object.__new__,
    _s_id: Callable[[KworkCategoryTab, Any], None] = KworkCategoryTab.__dict__["id"].__set__,
    _s_name: Callable[[KworkCategoryTab, Any], None] = KworkCategoryTab.__dict__["name"].__set__,
    _s_kworks_count: Callable[[KworkCategoryTab, Any], None] = KworkCategoryTab.__dict__[
        "kworks_count"
    ].__set__,
    _s_kworks: Callable[[KworkCategoryTab, Any], None] = KworkCategoryTab.__dict__["kworks"].__set__,
    _s_additional_properties: Callable[[KworkCategoryTab, Any], None] = KworkCategoryTab.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkCategoryTab:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
        if f_kworks.__class__ is list:
            f_kworks = list(map(_m_kwork_card_with_level.KworkCardWithLevel._from_wire, f_kworks))
        else:
            f_kworks = _c.to_list(
                f_kworks, _m_kwork_card_with_level.KworkCardWithLevel._from_wire, "KworkCategoryTab.kworks"
            )
    o = _new(KworkCategoryTab)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_kworks_count(o, f_kworks_count)
    _s_kworks(o, f_kworks)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkCategoryTab._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
