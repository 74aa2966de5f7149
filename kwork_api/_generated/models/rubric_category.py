"""RubricCategory: A category inside a catalog rubric.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("rubric_description", "rubric_description", "str | None"),
        ("order", "order", "int | None"),
        ("kworks_count", "kworks_count", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], RubricCategory]]


def _from_wire(
    d: Any,
    where: str = "RubricCategory",
    _new: Callable[[type[RubricCategory]], RubricCategory] = object.__new__,
    _s_id: Callable[[RubricCategory, Any], None] = RubricCategory.__dict__["id"].__set__,
    _s_name: Callable[[RubricCategory, Any], None] = RubricCategory.__dict__["name"].__set__,
    _s_rubric_description: Callable[[RubricCategory, Any], None] = RubricCategory.__dict__[
        "rubric_description"
    ].__set__,
    _s_order: Callable[[RubricCategory, Any], None] = RubricCategory.__dict__["order"].__set__,
    _s_kworks_count: Callable[[RubricCategory, Any], None] = RubricCategory.__dict__["kworks_count"].__set__,
    _s_additional_properties: Callable[[RubricCategory, Any], None] = RubricCategory.__dict__[
        "additional_properties"
    ].__set__,
) -> RubricCategory:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(RubricCategory)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_rubric_description(o, f_rubric_description)
    _s_order(o, f_order)
    _s_kworks_count(o, f_kworks_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


RubricCategory._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
