"""KworkCategory: A catalog category; top levels hold subcategories.

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
        "description",
        "subcategories",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkCategory(KworkModel):
    """A catalog category; top levels hold subcategories.

    Attributes:
        id: Category id.
        name: Category name.
        description: Short description of the category.
        subcategories: Child categories.
    """

    id: int
    name: str | None = None
    description: str | None = None
    subcategories: list[KworkCategory] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("description", "description", "str | None"),
        ("subcategories", "subcategories", "list[KworkCategory] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkCategory]]


def _from_wire(
    d: Any,
    where: str = "KworkCategory",
    _new: Callable[[type[KworkCategory]], KworkCategory] = object.__new__,
    _s_id: Callable[[KworkCategory, Any], None] = KworkCategory.__dict__["id"].__set__,
    _s_name: Callable[[KworkCategory, Any], None] = KworkCategory.__dict__["name"].__set__,
    _s_description: Callable[[KworkCategory, Any], None] = KworkCategory.__dict__["description"].__set__,
    _s_subcategories: Callable[[KworkCategory, Any], None] = KworkCategory.__dict__["subcategories"].__set__,
    _s_additional_properties: Callable[[KworkCategory, Any], None] = KworkCategory.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkCategory:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "KworkCategory.id")
        if f_id is None:
            raise _c.missing("KworkCategory.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "KworkCategory.name")
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "KworkCategory.description")
    f_subcategories = g("subcategories")
    if f_subcategories is not None:
        if f_subcategories.__class__ is list:
            f_subcategories = list(map(KworkCategory._from_wire, f_subcategories))
        else:
            f_subcategories = _c.to_list(
                f_subcategories, KworkCategory._from_wire, "KworkCategory.subcategories"
            )
    o = _new(KworkCategory)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_description(o, f_description)
    _s_subcategories(o, f_subcategories)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkCategory._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
