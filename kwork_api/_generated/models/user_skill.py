"""UserSkill: A skill listed on a user's profile.

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
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class UserSkill(KworkModel):
    """A skill listed on a user's profile.

    Attributes:
        id: Skill id.
        name: Skill name.
    """

    id: int
    name: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], UserSkill]]


def _from_wire(
    d: Any,
    where: str = "UserSkill",
    _new: Callable[[type[UserSkill]], UserSkill] = object.__new__,
    _s_id: Callable[[UserSkill, Any], None] = UserSkill.__dict__["id"].__set__,
    _s_name: Callable[[UserSkill, Any], None] = UserSkill.__dict__["name"].__set__,
    _s_additional_properties: Callable[[UserSkill, Any], None] = UserSkill.__dict__[
        "additional_properties"
    ].__set__,
) -> UserSkill:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "UserSkill.id")
        if f_id is None:
            raise _c.missing("UserSkill.id")
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "UserSkill.name")
    o = _new(UserSkill)
    _s_id(o, f_id)
    _s_name(o, f_name)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


UserSkill._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
