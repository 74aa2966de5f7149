"""ReviewKwork: The kwork a review was left on.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("title", "title", "str | None"),
        ("active", "active", "int | None"),
        ("feat", "feat", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ReviewKwork") -> ReviewKwork:
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
        extra = d.keys() - _KNOWN
        return ReviewKwork(
            f_id,
            f_title,
            f_active,
            f_feat,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
