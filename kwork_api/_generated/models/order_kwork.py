"""OrderKwork: The kwork block of an order header.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("image_url", "image_url", "str | None"),
        ("user_id", "user_id", "int | None"),
        ("category", "category", "int | None"),
        ("hash", "hash", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderKwork") -> OrderKwork:
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
        extra = d.keys() - _KNOWN
        return OrderKwork(
            f_id,
            f_title,
            f_image_url,
            f_user_id,
            f_category,
            f_hash,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
