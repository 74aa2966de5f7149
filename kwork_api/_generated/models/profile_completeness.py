"""ProfileCompleteness: Which parts of the profile are filled in.

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
        "details",
        "profession",
        "profile_pic",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProfileCompleteness(KworkModel):
    """Which parts of the profile are filled in.

    Attributes:
        details: True when the "about me" text is filled in.
        profession: True when the profession is filled in.
        profile_pic: True when an avatar is set.
    """

    details: bool | None = None
    profession: bool | None = None
    profile_pic: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("details", "details", "bool | None"),
        ("profession", "profession", "bool | None"),
        ("profile_pic", "profile_pic", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProfileCompleteness]]


def _from_wire(
    d: Any,
    where: str = "ProfileCompleteness",
    _new: Callable[[type[ProfileCompleteness]], ProfileCompleteness] = object.__new__,
    _s_details: Callable[[ProfileCompleteness, Any], None] = ProfileCompleteness.__dict__["details"].__set__,
    _s_profession: Callable[[ProfileCompleteness, Any], None] = ProfileCompleteness.__dict__[
        "profession"
    ].__set__,
    _s_profile_pic: Callable[[ProfileCompleteness, Any], None] = ProfileCompleteness.__dict__[
        "profile_pic"
    ].__set__,
    _s_additional_properties: Callable[[ProfileCompleteness, Any], None] = ProfileCompleteness.__dict__[
        "additional_properties"
    ].__set__,
) -> ProfileCompleteness:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_details = g("details")
    if f_details is not None and f_details.__class__ is not bool:
        f_details = _c.to_bool(f_details, "ProfileCompleteness.details")
    f_profession = g("profession")
    if f_profession is not None and f_profession.__class__ is not bool:
        f_profession = _c.to_bool(f_profession, "ProfileCompleteness.profession")
    f_profile_pic = g("profile_pic")
    if f_profile_pic is not None and f_profile_pic.__class__ is not bool:
        f_profile_pic = _c.to_bool(f_profile_pic, "ProfileCompleteness.profile_pic")
    o = _new(ProfileCompleteness)
    _s_details(o, f_details)
    _s_profession(o, f_profession)
    _s_profile_pic(o, f_profile_pic)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProfileCompleteness._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
