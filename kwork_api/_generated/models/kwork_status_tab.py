"""KworkStatusTab: A status tab of the seller's own kworks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_card as _m_kwork_card

if TYPE_CHECKING:
    from .kwork_card import KworkCard

_KNOWN = frozenset(
    {
        "id",
        "name",
        "kworks_count",
        "kworks",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkStatusTab(KworkModel):
    """A status tab of the seller's own kworks.

    Attributes:
        id: Status id; pass it as `status_id` to `get_user_kworks`.
        name: Tab title.
        kworks_count: Number of kworks with this status.
        kworks: The first page of kworks with this status.
    """

    id: int | None = None
    name: str | None = None
    kworks_count: int | None = None
    kworks: list[KworkCard] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("kworks", "kworks", "list[KworkCard] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkStatusTab]]


def _from_wire(
    d: Any,
    where: str = "KworkStatusTab",
    _new: Callable[[type[KworkStatusTab]], KworkStatusTab] = object.__new__,
    _s_id: Callable[[KworkStatusTab, Any], None] = KworkStatusTab.__dict__["id"].__set__,
    _s_name: Callable[[KworkStatusTab, Any], None] = KworkStatusTab.__dict__["name"].__set__,
    _s_kworks_count: Callable[[KworkStatusTab, Any], None] = KworkStatusTab.__dict__["kworks_count"].__set__,
    _s_kworks: Callable[[KworkStatusTab, Any], None] = KworkStatusTab.__dict__["kworks"].__set__,
    _s_additional_properties: Callable[[KworkStatusTab, Any], None] = KworkStatusTab.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkStatusTab:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkStatusTab.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "KworkStatusTab.name")
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "KworkStatusTab.kworks_count")
    f_kworks = g("kworks")
    if f_kworks is not None:
        if f_kworks.__class__ is list:
            f_kworks = list(map(_m_kwork_card.KworkCard._from_wire, f_kworks))
        else:
            f_kworks = _c.to_list(f_kworks, _m_kwork_card.KworkCard._from_wire, "KworkStatusTab.kworks")
    o = _new(KworkStatusTab)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_kworks_count(o, f_kworks_count)
    _s_kworks(o, f_kworks)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkStatusTab._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
