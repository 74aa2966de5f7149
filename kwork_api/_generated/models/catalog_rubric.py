"""CatalogRubric: A rubric: a top-level section of the catalog menu.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
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

    @staticmethod
    def _from_wire(d: Any, where: str = "CatalogRubric") -> CatalogRubric:
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
        extra = d.keys() - _KNOWN
        return CatalogRubric(
            f_id,
            f_name,
            f_rubric_description,
            f_ico,
            f_ico_extra,
            f_order,
            f_category_image,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
