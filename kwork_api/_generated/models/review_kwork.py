"""ReviewKwork: The kwork a review was left on.

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
        "title",
        "active",
        "feat",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ReviewKwork(KworkModel):
    """The kwork a review was left on.

    Attributes:
        id: Kwork id.
        title: Kwork title.
        active: Kwork state, 0 on moderation, 1 active, 2 blocked for penalty points, 3 deleted,
            4 rejected by moderation, 5 paused for a long queue.
        feat: True when the kwork is shown in the catalog.
    """

    id: int | None = None
    title: str | None = None
    active: int | None = None
    feat: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("active", "active", "int | None"),
        ("feat", "feat", "bool | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ReviewKwork]]


def _from_wire(
    d: Any,
    where: str = "ReviewKwork",
    _new: Callable[[type[ReviewKwork]], ReviewKwork] = object.__new__,
    _s_id: Callable[[ReviewKwork, Any], None] = ReviewKwork.__dict__["id"].__set__,
    _s_title: Callable[[ReviewKwork, Any], None] = ReviewKwork.__dict__["title"].__set__,
    _s_active: Callable[[ReviewKwork, Any], None] = ReviewKwork.__dict__["active"].__set__,
    _s_feat: Callable[[ReviewKwork, Any], None] = ReviewKwork.__dict__["feat"].__set__,
    _s_additional_properties: Callable[[ReviewKwork, Any], None] = ReviewKwork.__dict__[
        "additional_properties"
    ].__set__,
) -> ReviewKwork:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "ReviewKwork.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "ReviewKwork.title")
    f_active = g("active")
    if f_active is not None and f_active.__class__ is not int:
        f_active = _c.to_int(f_active, "ReviewKwork.active")
    f_feat = g("feat")
    if f_feat is not None and f_feat.__class__ is not bool:
        f_feat = _c.to_bool(f_feat, "ReviewKwork.feat")
    o = _new(ReviewKwork)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_active(o, f_active)
    _s_feat(o, f_feat)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ReviewKwork._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
