"""OrderKwork: The kwork block of an order header.

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
        "image_url",
        "user_id",
        "category",
        "hash",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderKwork(KworkModel):
    """The kwork block of an order header.

    Attributes:
        id: Kwork id.
        title: Kwork title.
        image_url: Absolute URL of the cover image.
        user_id: Freelancer's user id.
        category: Category id.
        hash: Version of this block; send it back as `kwork_hash`.
    """

    id: int
    title: str | None = None
    image_url: str | None = None
    user_id: int | None = None
    category: int | None = None
    hash: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("image_url", "image_url", "str | None"),
        ("user_id", "user_id", "int | None"),
        ("category", "category", "int | None"),
        ("hash", "hash", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderKwork]]


def _from_wire(
    d: Any,
    where: str = "OrderKwork",
    _new: Callable[[type[OrderKwork]], OrderKwork] = object.__new__,
    _s_id: Callable[[OrderKwork, Any], None] = OrderKwork.__dict__["id"].__set__,
    _s_title: Callable[[OrderKwork, Any], None] = OrderKwork.__dict__["title"].__set__,
    _s_image_url: Callable[[OrderKwork, Any], None] = OrderKwork.__dict__["image_url"].__set__,
    _s_user_id: Callable[[OrderKwork, Any], None] = OrderKwork.__dict__["user_id"].__set__,
    _s_category: Callable[[OrderKwork, Any], None] = OrderKwork.__dict__["category"].__set__,
    _s_hash: Callable[[OrderKwork, Any], None] = OrderKwork.__dict__["hash"].__set__,
    _s_additional_properties: Callable[[OrderKwork, Any], None] = OrderKwork.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderKwork:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "OrderKwork.id")
        if f_id is None:
            raise _c.missing("OrderKwork.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "OrderKwork.title")
    f_image_url = g("image_url")
    if f_image_url is not None and f_image_url.__class__ is not str:
        f_image_url = _c.to_str(f_image_url, "OrderKwork.image_url")
    f_user_id = g("user_id")
    if f_user_id is not None and f_user_id.__class__ is not int:
        f_user_id = _c.to_int(f_user_id, "OrderKwork.user_id")
    f_category = g("category")
    if f_category is not None and f_category.__class__ is not int:
        f_category = _c.to_int(f_category, "OrderKwork.category")
    f_hash = g("hash")
    if f_hash is not None and f_hash.__class__ is not int:
        f_hash = _c.to_int(f_hash, "OrderKwork.hash")
    o = _new(OrderKwork)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_image_url(o, f_image_url)
    _s_user_id(o, f_user_id)
    _s_category(o, f_category)
    _s_hash(o, f_hash)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderKwork._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
