"""MarketingAction: A promotion banner on the catalog start screen.

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
        "is_active",
        "image",
        "url",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class MarketingAction(KworkModel):
    """A promotion banner on the catalog start screen.

    Attributes:
        is_active: True while the promotion runs.
        image: Banner image URL.
        url: Link the banner opens.
    """

    is_active: bool | None = None
    image: str | None = None
    url: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("is_active", "is_active", "bool | None"),
        ("image", "image", "str | None"),
        ("url", "url", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], MarketingAction]]


def _from_wire(
    d: Any,
    where: str = "MarketingAction",
    _new: Callable[[type[MarketingAction]], MarketingAction] = object.__new__,
    _s_is_active: Callable[[MarketingAction, Any], None] = MarketingAction.__dict__["is_active"].__set__,
    _s_image: Callable[[MarketingAction, Any], None] = MarketingAction.__dict__["image"].__set__,
    _s_url: Callable[[MarketingAction, Any], None] = MarketingAction.__dict__["url"].__set__,
    _s_additional_properties: Callable[[MarketingAction, Any], None] = MarketingAction.__dict__[
        "additional_properties"
    ].__set__,
) -> MarketingAction:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_is_active = g("is_active")
    if f_is_active is not None and f_is_active.__class__ is not bool:
        f_is_active = _c.to_bool(f_is_active, "MarketingAction.is_active")
    f_image = g("image")
    if f_image is not None and f_image.__class__ is not str:
        f_image = _c.to_str(f_image, "MarketingAction.image")
    f_url = g("url")
    if f_url is not None and f_url.__class__ is not str:
        f_url = _c.to_str(f_url, "MarketingAction.url")
    o = _new(MarketingAction)
    _s_is_active(o, f_is_active)
    _s_image(o, f_image)
    _s_url(o, f_url)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


MarketingAction._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
