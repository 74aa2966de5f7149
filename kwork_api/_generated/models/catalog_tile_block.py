"""CatalogTileBlock: A block of popular categories on the catalog start screen.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import catalog_tile as _m_catalog_tile

if TYPE_CHECKING:
    from .catalog_tile import CatalogTile

_KNOWN = frozenset(
    {
        "id",
        "name",
        "block_description",
        "order",
        "categories",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogTileBlock(KworkModel):
    """A block of popular categories on the catalog start screen.

    Attributes:
        id: Block id.
        name: Block title.
        block_description: Block description.
        order: Sort position.
        categories: The tiles of the block.
    """

    id: int | None = None
    name: str | None = None
    block_description: str | None = None
    order: int | None = None
    categories: list[CatalogTile] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("block_description", "block_description", "str | None"),
        ("order", "order", "int | None"),
        ("categories", "categories", "list[CatalogTile] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogTileBlock]]


def _from_wire(
    d: Any,
    where: str = "CatalogTileBlock",
    _new: Callable[[type[CatalogTileBlock]], CatalogTileBlock] = object.__new__,
    _s_id: Callable[[CatalogTileBlock, Any], None] = CatalogTileBlock.__dict__["id"].__set__,
    _s_name: Callable[[CatalogTileBlock, Any], None] = CatalogTileBlock.__dict__["name"].__set__,
    _s_block_description: Callable[[CatalogTileBlock, Any], None] = CatalogTileBlock.__dict__[
        "block_description"
    ].__set__,
    _s_order: Callable[[CatalogTileBlock, Any], None] = CatalogTileBlock.__dict__["order"].__set__,
    _s_categories: Callable[[CatalogTileBlock, Any], None] = CatalogTileBlock.__dict__["categories"].__set__,
    _s_additional_properties: Callable[[CatalogTileBlock, Any], None] = CatalogTileBlock.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogTileBlock:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "CatalogTileBlock.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CatalogTileBlock.name")
    f_block_description = g("block_description")
    if f_block_description is not None and f_block_description.__class__ is not str:
        f_block_description = _c.to_str(f_block_description, "CatalogTileBlock.block_description")
    f_order = g("order")
    if f_order is not None and f_order.__class__ is not int:
        f_order = _c.to_int(f_order, "CatalogTileBlock.order")
    f_categories = g("categories")
    if f_categories is not None:
        if f_categories.__class__ is list:
            f_categories = list(map(_m_catalog_tile.CatalogTile._from_wire, f_categories))
        else:
            f_categories = _c.to_list(
                f_categories, _m_catalog_tile.CatalogTile._from_wire, "CatalogTileBlock.categories"
            )
    o = _new(CatalogTileBlock)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_block_description(o, f_block_description)
    _s_order(o, f_order)
    _s_categories(o, f_categories)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogTileBlock._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
