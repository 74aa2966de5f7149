"""OrderFile: A file sent in an order.

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
        "entity_type",
        "fname",
        "cloudUrl",
        "size",
        "url",
        "miniature_url",
        "date",
        "owner",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class OrderFile(KworkModel):
    """A file sent in an order.

    Attributes:
        id: File id.
        entity_type: Kind of file, as the server names it.
        fname: File name.
        cloud_url: Name of the file in Kwork's storage. Wire name: `cloudUrl`.
        size: File size, in bytes.
        url: Download URL.
        miniature_url: Thumbnail URL, for images.
        date: When the file was uploaded (Unix time).
        owner: True when the signed-in user sent the file.
    """

    id: int
    entity_type: str | None = None
    fname: str | None = None
    cloud_url: str | None = None
    size: int | None = None
    url: str | None = None
    miniature_url: str | None = None
    date: int | None = None
    owner: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("entity_type", "entity_type", "str | None"),
        ("fname", "fname", "str | None"),
        ("cloud_url", "cloudUrl", "str | None"),
        ("size", "size", "int | None"),
        ("url", "url", "str | None"),
        ("miniature_url", "miniature_url", "str | None"),
        ("date", "date", "int | None"),
        ("owner", "owner", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "OrderFile") -> OrderFile:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "OrderFile.id")
            if f_id is None:
                raise _c.missing("OrderFile.id")
        f_entity_type = g("entity_type")
        if f_entity_type is not None and f_entity_type.__class__ is not str:
            f_entity_type = _c.to_str(f_entity_type, "OrderFile.entity_type")
        f_fname = g("fname")
        if f_fname is not None and f_fname.__class__ is not str:
            f_fname = _c.to_str(f_fname, "OrderFile.fname")
        f_cloud_url = g("cloudUrl")
        if f_cloud_url is not None and f_cloud_url.__class__ is not str:
            f_cloud_url = _c.to_str(f_cloud_url, "OrderFile.cloud_url")
        f_size = g("size")
        if f_size is not None and f_size.__class__ is not int:
            f_size = _c.to_int(f_size, "OrderFile.size")
        f_url = g("url")
        if f_url is not None and f_url.__class__ is not str:
            f_url = _c.to_str(f_url, "OrderFile.url")
        f_miniature_url = g("miniature_url")
        if f_miniature_url is not None and f_miniature_url.__class__ is not str:
            f_miniature_url = _c.to_str(f_miniature_url, "OrderFile.miniature_url")
        f_date = g("date")
        if f_date is not None and f_date.__class__ is not int:
            f_date = _c.to_int(f_date, "OrderFile.date")
        f_owner = g("owner")
        if f_owner is not None and f_owner.__class__ is not bool:
            f_owner = _c.to_bool(f_owner, "OrderFile.owner")
        extra = d.keys() - _KNOWN
        return OrderFile(
            f_id,
            f_entity_type,
            f_fname,
            f_cloud_url,
            f_size,
            f_url,
            f_miniature_url,
            f_date,
            f_owner,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
