"""RubricCategory: A category inside a catalog rubric.

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
        "order",
        "kworks_count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class RubricCategory(KworkModel):
    """A category inside a catalog rubric.

    Attributes:
        id: Category id.
        name: Category name.
        rubric_description: Short description of the category.
        order: Sort position.
        kworks_count: Number of kworks in the category.
    """

    id: int
    name: str | None = None
    rubric_description: str | None = None
    order: int | None = None
    kworks_count: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("rubric_description", "rubric_description", "str | None"),
        ("order", "order", "int | None"),
        ("kworks_count", "kworks_count", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "RubricCategory") -> RubricCategory:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "RubricCategory.id")
            if f_id is None:
                raise _c.missing("RubricCategory.id")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "RubricCategory.name")
        f_rubric_description = g("rubric_description")
        if f_rubric_description is not None and f_rubric_description.__class__ is not str:
            f_rubric_description = _c.to_str(f_rubric_description, "RubricCategory.rubric_description")
        f_order = g("order")
        if f_order is not None and f_order.__class__ is not int:
            f_order = _c.to_int(f_order, "RubricCategory.order")
        f_kworks_count = g("kworks_count")
        if f_kworks_count is not None and f_kworks_count.__class__ is not int:
            f_kworks_count = _c.to_int(f_kworks_count, "RubricCategory.kworks_count")
        extra = d.keys() - _KNOWN
        return RubricCategory(
            f_id,
            f_name,
            f_rubric_description,
            f_order,
            f_kworks_count,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
