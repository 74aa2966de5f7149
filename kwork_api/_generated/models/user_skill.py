"""UserSkill: A skill listed on a user's profile.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "UserSkill") -> UserSkill:
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
        extra = d.keys() - _KNOWN
        return UserSkill(
            f_id,
            f_name,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
