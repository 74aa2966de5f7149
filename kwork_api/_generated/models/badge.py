"""Badge: A profile badge (achievement) of a user.

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
        "image_url",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Badge(KworkModel):
    """A profile badge (achievement) of a user.

    Attributes:
        id: Badge id.
        name: Badge title.
        description: What the badge is awarded for.
        image_url: Badge image URL.
    """

    id: int | None = None
    name: str | None = None
    description: str | None = None
    image_url: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("name", "name", "str | None"),
        ("description", "description", "str | None"),
        ("image_url", "image_url", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], Badge]]


def _from_wire(
    d: Any,
    where: str = "Badge",
    _new: Callable[[type[Badge]], Badge] = object.__new__,
    _s_id: Callable[[Badge, Any], None] = Badge.__dict__["id"].__set__,
    _s_name: Callable[[Badge, Any], None] = Badge.__dict__["name"].__set__,
    _s_description: Callable[[Badge, Any], None] = Badge.__dict__["description"].__set__,
    _s_image_url: Callable[[Badge, Any], None] = Badge.__dict__["image_url"].__set__,
    _s_additional_properties: Callable[[Badge, Any], None] = Badge.__dict__["additional_properties"].__set__,
) -> Badge:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "Badge.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "Badge.name")
    f_description = g("description")
    if f_description is not None and f_description.__class__ is not str:
        f_description = _c.to_str(f_description, "Badge.description")
    f_image_url = g("image_url")
    if f_image_url is not None and f_image_url.__class__ is not str:
        f_image_url = _c.to_str(f_image_url, "Badge.image_url")
    o = _new(Badge)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_description(o, f_description)
    _s_image_url(o, f_image_url)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


Badge._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
