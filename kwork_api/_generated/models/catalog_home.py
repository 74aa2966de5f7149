"""CatalogHome: The catalog start screen.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import catalog_rubric as _m_catalog_rubric
from . import kwork_card as _m_kwork_card
from . import marketing_action as _m_marketing_action
from . import rubric_category as _m_rubric_category

if TYPE_CHECKING:
    from .catalog_rubric import CatalogRubric
    from .kwork_card import KworkCard
    from .marketing_action import MarketingAction
    from .rubric_category import RubricCategory

_KNOWN = frozenset(
    {
        "rubrics",
        "viewed_kworks",
        "popular_categories",
        "popular_kworks",
        "marketing_action",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogHome(KworkModel):
    """The catalog start screen.

    Attributes:
        rubrics: Rubrics of the catalog menu.
        viewed_kworks: Kworks the user viewed recently.
        popular_categories: Popular categories.
        popular_kworks: Popular kworks.
        marketing_action: The current promotion banner, if any.
    """

    rubrics: list[CatalogRubric] | None = _attrs.field(default=None, hash=False)
    viewed_kworks: list[KworkCard] | None = _attrs.field(default=None, hash=False)
    popular_categories: list[RubricCategory] | None = _attrs.field(default=None, hash=False)
    popular_kworks: list[KworkCard] | None = _attrs.field(default=None, hash=False)
    marketing_action: MarketingAction | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("rubrics", "rubrics", "list[CatalogRubric] | None"),
        ("viewed_kworks", "viewed_kworks", "list[KworkCard] | None"),
        ("popular_categories", "popular_categories", "list[RubricCategory] | None"),
        ("popular_kworks", "popular_kworks", "list[KworkCard] | None"),
        ("marketing_action", "marketing_action", "MarketingAction | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogHome]]


def _from_wire(
    d: Any,
    where: str = "CatalogHome",
    _new: Callable[[type[CatalogHome]], CatalogHome] = object.__new__,
    _s_rubrics: Callable[[CatalogHome, Any], None] = CatalogHome.__dict__["rubrics"].__set__,
    _s_viewed_kworks: Callable[[CatalogHome, Any], None] = CatalogHome.__dict__["viewed_kworks"].__set__,
    _s_popular_categories: Callable[[CatalogHome, Any], None] = CatalogHome.__dict__[
        "popular_categories"
    ].__set__,
    _s_popular_kworks: Callable[[CatalogHome, Any], None] = CatalogHome.__dict__["popular_kworks"].__set__,
    _s_marketing_action: Callable[[CatalogHome, Any], None] = CatalogHome.__dict__[
        "marketing_action"
    ].__set__,
    _s_additional_properties: Callable[[CatalogHome, Any], None] = CatalogHome.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogHome:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_rubrics = g("rubrics")
    if f_rubrics is not None:
        if f_rubrics.__class__ is list:
            f_rubrics = list(map(_m_catalog_rubric.CatalogRubric._from_wire, f_rubrics))
        else:
            f_rubrics = _c.to_list(
                f_rubrics, _m_catalog_rubric.CatalogRubric._from_wire, "CatalogHome.rubrics"
            )
    f_viewed_kworks = g("viewed_kworks")
    if f_viewed_kworks is not None:
        if f_viewed_kworks.__class__ is list:
            f_viewed_kworks = list(map(_m_kwork_card.KworkCard._from_wire, f_viewed_kworks))
        else:
            f_viewed_kworks = _c.to_list(
                f_viewed_kworks, _m_kwork_card.KworkCard._from_wire, "CatalogHome.viewed_kworks"
            )
    f_popular_categories = g("popular_categories")
    if f_popular_categories is not None:
        if f_popular_categories.__class__ is list:
            f_popular_categories = list(
                map(_m_rubric_category.RubricCategory._from_wire, f_popular_categories)
            )
        else:
            f_popular_categories = _c.to_list(
                f_popular_categories,
                _m_rubric_category.RubricCategory._from_wire,
                "CatalogHome.popular_categories",
            )
    f_popular_kworks = g("popular_kworks")
    if f_popular_kworks is not None:
        if f_popular_kworks.__class__ is list:
            f_popular_kworks = list(map(_m_kwork_card.KworkCard._from_wire, f_popular_kworks))
        else:
            f_popular_kworks = _c.to_list(
                f_popular_kworks, _m_kwork_card.KworkCard._from_wire, "CatalogHome.popular_kworks"
            )
    f_marketing_action = g("marketing_action")
    if f_marketing_action is not None:
        f_marketing_action = _c.to_model(
            f_marketing_action, _m_marketing_action.MarketingAction._from_wire, "CatalogHome.marketing_action"
        )
    o = _new(CatalogHome)
    _s_rubrics(o, f_rubrics)
    _s_viewed_kworks(o, f_viewed_kworks)
    _s_popular_categories(o, f_popular_categories)
    _s_popular_kworks(o, f_popular_kworks)
    _s_marketing_action(o, f_marketing_action)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogHome._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
