"""CatalogServiceRubric: A service rubric on the redesigned catalog start screen.

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
        "icon_path",
        "order",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogServiceRubric(KworkModel):
    """A service rubric on the redesigned catalog start screen.

    Attributes:
        id: Rubric id.
        name: Rubric name.
        rubric_description: Short description of the rubric.
        icon_path: Icon URL.
        order: Sort position.
    """

    id: int
    name: str | None = None
    rubric_description: str | None = None
    icon_path: str | None = None
    order: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("rubric_description", "rubric_description", "str | None"),
        ("icon_path", "icon_path", "str | None"),
        ("order", "order", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogServiceRubric]]


def _from_wire(
    d: Any,
    where: str = "CatalogServiceRubric",
    _new: Callable[[type[CatalogServiceRubric]], CatalogServiceRubric] = object.__new__,
    _s_id: Callable[[CatalogServiceRubric, Any], None] = CatalogServiceRubric.__dict__["id"].__set__,
    _s_name: Callable[[CatalogServiceRubric, Any], None] = CatalogServiceRubric.__dict__["name"].__set__,
    _s_rubric_description: Callable[[CatalogServiceRubric, Any], None] = CatalogServiceRubric.__dict__[
        "rubric_description"
    ].__set__,
    _s_icon_path: Callable[[CatalogServiceRubric, Any], None] = CatalogServiceRubric.__dict__[
        "icon_path"
    ].__set__,
    _s_order: Callable[[CatalogServiceRubric, Any], None] = CatalogServiceRubric.__dict__["order"].__set__,
    _s_additional_properties: Callable[[CatalogServiceRubric, Any], None] = CatalogServiceRubric.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogServiceRubric:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "CatalogServiceRubric.id")
        if f_id is None:
            raise _c.missing("CatalogServiceRubric.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CatalogServiceRubric.name")
    f_rubric_description = g("rubric_description")
    if f_rubric_description is not None and f_rubric_description.__class__ is not str:
        f_rubric_description = _c.to_str(f_rubric_description, "CatalogServiceRubric.rubric_description")
    f_icon_path = g("icon_path")
    if f_icon_path is not None and f_icon_path.__class__ is not str:
        f_icon_path = _c.to_str(f_icon_path, "CatalogServiceRubric.icon_path")
    f_order = g("order")
    if f_order is not None and f_order.__class__ is not int:
        f_order = _c.to_int(f_order, "CatalogServiceRubric.order")
    o = _new(CatalogServiceRubric)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_rubric_description(o, f_rubric_description)
    _s_icon_path(o, f_icon_path)
    _s_order(o, f_order)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogServiceRubric._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
