"""CategoryDetails: A catalog category with its attributes and review statistics.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import category_attribute as _m_category_attribute
from . import volume_type as _m_volume_type

if TYPE_CHECKING:
    from .category_attribute import CategoryAttribute
    from .volume_type import VolumeType

_KNOWN = frozenset(
    {
        "id",
        "name",
        "mobile_description",
        "base_volume",
        "volume_type",
        "attributes",
        "positive_reviews_count",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CategoryDetails(KworkModel):
    """A catalog category with its attributes and review statistics.

    Attributes:
        id: Category id.
        name: Category name.
        mobile_description: Short description shown in the app.
        base_volume: Base numeric volume of kworks in the category, in `volume_type` units.
        volume_type: Unit the category's volumes are counted in, when it has one.
        attributes: The category's attribute tree.
        positive_reviews_count: For each review threshold (the key, such as `"10"`), how many
            kworks have at least that many positive reviews (a number, sometimes sent as a
            string).
    """

    id: int
    name: str | None = None
    mobile_description: str | None = None
    base_volume: int | None = None
    volume_type: VolumeType | None = None
    attributes: list[CategoryAttribute] | None = _attrs.field(default=None, hash=False)
    positive_reviews_count: Any = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("mobile_description", "mobile_description", "str | None"),
        ("base_volume", "base_volume", "int | None"),
        ("volume_type", "volume_type", "VolumeType | None"),
        ("attributes", "attributes", "list[CategoryAttribute] | None"),
        ("positive_reviews_count", "positive_reviews_count", "Any"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CategoryDetails]]


def _from_wire(
    d: Any,
    where: str = "CategoryDetails",
    _new: Callable[[type[CategoryDetails]], CategoryDetails] = object.__new__,
    _s_id: Callable[[CategoryDetails, Any], None] = CategoryDetails.__dict__["id"].__set__,
    _s_name: Callable[[CategoryDetails, Any], None] = CategoryDetails.__dict__["name"].__set__,
    _s_mobile_description: Callable[[CategoryDetails, Any], None] = CategoryDetails.__dict__[
        "mobile_description"
    ].__set__,
    _s_base_volume: Callable[[CategoryDetails, Any], None] = CategoryDetails.__dict__["base_volume"].__set__,
    _s_volume_type: Callable[[CategoryDetails, Any], None] = CategoryDetails.__dict__["volume_type"].__set__,
    _s_attributes: Callable[[CategoryDetails, Any], None] = CategoryDetails.__dict__["attributes"].__set__,
    _s_positive_reviews_count: Callable[[CategoryDetails, Any], None] = CategoryDetails.__dict__[
        "positive_reviews_count"
    ].__set__,
    _s_additional_properties: Callable[[CategoryDetails, Any], None] = CategoryDetails.__dict__[
        "additional_properties"
    ].__set__,
) -> CategoryDetails:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "CategoryDetails.id")
        if f_id is None:
            raise _c.missing("CategoryDetails.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "CategoryDetails.name")
    f_mobile_description = g("mobile_description")
    if f_mobile_description is not None and f_mobile_description.__class__ is not str:
        f_mobile_description = _c.to_str(f_mobile_description, "CategoryDetails.mobile_description")
    f_base_volume = g("base_volume")
    if f_base_volume is not None and f_base_volume.__class__ is not int:
        f_base_volume = _c.to_int(f_base_volume, "CategoryDetails.base_volume")
    f_volume_type = g("volume_type")
    if f_volume_type is not None:
        f_volume_type = _c.to_model(
            f_volume_type, _m_volume_type.VolumeType._from_wire, "CategoryDetails.volume_type"
        )
    f_attributes = g("attributes")
    if f_attributes is not None:
        if f_attributes.__class__ is list:
            f_attributes = list(map(_m_category_attribute.CategoryAttribute._from_wire, f_attributes))
        else:
            f_attributes = _c.to_list(
                f_attributes, _m_category_attribute.CategoryAttribute._from_wire, "CategoryDetails.attributes"
            )
    f_positive_reviews_count = g("positive_reviews_count")
    o = _new(CategoryDetails)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_mobile_description(o, f_mobile_description)
    _s_base_volume(o, f_base_volume)
    _s_volume_type(o, f_volume_type)
    _s_attributes(o, f_attributes)
    _s_positive_reviews_count(o, f_positive_reviews_count)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CategoryDetails._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
