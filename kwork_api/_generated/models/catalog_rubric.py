"""CatalogRubric: A rubric: a top-level section of the catalog menu.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "id",
        "name",
        "rubric_description",
        "ico",
        "ico_extra",
        "order",
        "category_image",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogRubric(KworkModel):
    """A rubric: a top-level section of the catalog menu.

    Attributes:
        id: Rubric id.
        name: Rubric name.
        rubric_description: Short description of the rubric.
        ico: Icon URL (vector).
        ico_extra: Icon URL (PNG).
        order: Sort position in the menu.
        category_image: Image URL of the rubric.
    """

    id: int
    name: str | None = None
    rubric_description: str | None = None
    ico: str | None = None
    ico_extra: str | None = None
    order: int | None = None
    category_image: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("rubric_description", "rubric_description", "str | None"),
        ("ico", "ico", "str | None"),
        ("ico_extra", "ico_extra", "str | None"),
        ("order", "order", "int | None"),
        ("category_image", "category_image", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogRubric]]


def _from_wire(
    d: Any,
    where: str = "CatalogRubric",
    _new: Callable[[type[CatalogRubric]], CatalogRubric] = object.__new__,
    _s_id: Callable[[CatalogRubric, Any], None] = CatalogRubric.__dict__["id"].__set__,
    _s_name: Callable[[CatalogRubric, Any], None] = CatalogRubric.__dict__["name"].__set__,
    _s_rubric_description: Callable[[CatalogRubric, Any], None] = CatalogRubric.__dict__[
        "rubric_description"
    ].__set__,
    _s_ico: Callable[[CatalogRubric, Any], None] = CatalogRubric.__dict__["ico"].__set__,
    _s_ico_extra: Callable[[CatalogRubric, Any], None] = CatalogRubric.__dict__["ico_extra"].__set__,
    _s_order: Callable[[CatalogRubric, Any], None] = CatalogRubric.__dict__["order"].__set__,
    _s_category_image: Callable[[CatalogRubric, Any], None] = CatalogRubric.__dict__[
        "category_image"
    ].__set__,
    _s_additional_properties: Callable[[CatalogRubric, Any], None] = CatalogRubric.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogRubric:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "CatalogRubric.id")
        if f_id is None:
            raise _c.missing("CatalogRubric.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CatalogRubric.name")
    f_rubric_description = g("rubric_description")
    if f_rubric_description is not None and f_rubric_description.__class__ is not str:
        f_rubric_description = _c.to_str(f_rubric_description, "CatalogRubric.rubric_description")
    f_ico = g("ico")
    if f_ico is not None and f_ico.__class__ is not str:
        f_ico = _c.to_str(f_ico, "CatalogRubric.ico")
    f_ico_extra = g("ico_extra")
    if f_ico_extra is not None and f_ico_extra.__class__ is not str:
        f_ico_extra = _c.to_str(f_ico_extra, "CatalogRubric.ico_extra")
    f_order = g("order")
    if f_order is not None and f_order.__class__ is not int:
        f_order = _c.to_int(f_order, "CatalogRubric.order")
    f_category_image = g("category_image")
    if f_category_image is not None and f_category_image.__class__ is not str:
        f_category_image = _c.to_str(f_category_image, "CatalogRubric.category_image")
    o = _new(CatalogRubric)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_rubric_description(o, f_rubric_description)
    _s_ico(o, f_ico)
    _s_ico_extra(o, f_ico_extra)
    _s_order(o, f_order)
    _s_category_image(o, f_category_image)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogRubric._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
