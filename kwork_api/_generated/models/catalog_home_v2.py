"""CatalogHomeV2: The blocks of the redesigned catalog start screen.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import catalog_service_rubric as _m_catalog_service_rubric
from . import catalog_tile as _m_catalog_tile
from . import catalog_tile_block as _m_catalog_tile_block
from . import marketing_action as _m_marketing_action

if TYPE_CHECKING:
    from .catalog_service_rubric import CatalogServiceRubric
    from .catalog_tile import CatalogTile
    from .catalog_tile_block import CatalogTileBlock
    from .marketing_action import MarketingAction

_KNOWN = frozenset(
    {
        "popular_categories_block",
        "catalog_service_block",
        "other_services_block",
        "marketing_action",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogHomeV2(KworkModel):
    """The blocks of the redesigned catalog start screen.

    Attributes:
        popular_categories_block: Blocks of popular categories.
        catalog_service_block: The service rubrics of the catalog.
        other_services_block: Other services, as tiles.
        marketing_action: The current promotion banner, if any.
    """

    popular_categories_block: list[CatalogTileBlock] | None = _attrs.field(default=None, hash=False)
    catalog_service_block: list[CatalogServiceRubric] | None = _attrs.field(default=None, hash=False)
    other_services_block: list[CatalogTile] | None = _attrs.field(default=None, hash=False)
    marketing_action: MarketingAction | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("popular_categories_block", "popular_categories_block", "list[CatalogTileBlock] | None"),
        ("catalog_service_block", "catalog_service_block", "list[CatalogServiceRubric] | None"),
        ("other_services_block", "other_services_block", "list[CatalogTile] | None"),
        ("marketing_action", "marketing_action", "MarketingAction | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogHomeV2]]


def _from_wire(
    d: Any,
    where: str = "CatalogHomeV2",
    _new: Callable[[type[CatalogHomeV2]], CatalogHomeV2] = object.__new__,
    _s_popular_categories_block: Callable[[CatalogHomeV2, Any], None] = CatalogHomeV2.__dict__[
        "popular_categories_block"
    ].__set__,
    _s_catalog_service_block: Callable[[CatalogHomeV2, Any], None] = CatalogHomeV2.__dict__[
        "catalog_service_block"
    ].__set__,
    _s_other_services_block: Callable[[CatalogHomeV2, Any], None] = CatalogHomeV2.__dict__[
        "other_services_block"
    ].__set__,
    _s_marketing_action: Callable[[CatalogHomeV2, Any], None] = CatalogHomeV2.__dict__[
        "marketing_action"
    ].__set__,
    _s_additional_properties: Callable[[CatalogHomeV2, Any], None] = CatalogHomeV2.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogHomeV2:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_popular_categories_block = g("popular_categories_block")
    if f_popular_categories_block is not None:
        if f_popular_categories_block.__class__ is list:
            f_popular_categories_block = list(
                map(_m_catalog_tile_block.CatalogTileBlock._from_wire, f_popular_categories_block)
            )
        else:
            f_popular_categories_block = _c.to_list(
                f_popular_categories_block,
                _m_catalog_tile_block.CatalogTileBlock._from_wire,
                "CatalogHomeV2.popular_categories_block",
            )
    f_catalog_service_block = g("catalog_service_block")
    if f_catalog_service_block is not None:
        if f_catalog_service_block.__class__ is list:
            f_catalog_service_block = list(
                map(_m_catalog_service_rubric.CatalogServiceRubric._from_wire, f_catalog_service_block)
            )
        else:
            f_catalog_service_block = _c.to_list(
                f_catalog_service_block,
                _m_catalog_service_rubric.CatalogServiceRubric._from_wire,
                "CatalogHomeV2.catalog_service_block",
            )
    f_other_services_block = g("other_services_block")
    if f_other_services_block is not None:
        if f_other_services_block.__class__ is list:
            f_other_services_block = list(map(_m_catalog_tile.CatalogTile._from_wire, f_other_services_block))
        else:
            f_other_services_block = _c.to_list(
                f_other_services_block,
                _m_catalog_tile.CatalogTile._from_wire,
                "CatalogHomeV2.other_services_block",
            )
    f_marketing_action = g("marketing_action")
    if f_marketing_action is not None:
        f_marketing_action = _c.to_model(
            f_marketing_action,
            _m_marketing_action.MarketingAction._from_wire,
            "CatalogHomeV2.marketing_action",
        )
    o = _new(CatalogHomeV2)
    _s_popular_categories_block(o, f_popular_categories_block)
    _s_catalog_service_block(o, f_catalog_service_block)
    _s_other_services_block(o, f_other_services_block)
    _s_marketing_action(o, f_marketing_action)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogHomeV2._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
