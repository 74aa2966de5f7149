"""OrderFile: A file sent in an order.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
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

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], OrderFile]]


def _from_wire(
    d: Any,
    where: str = "OrderFile",
    _new: Callable[[type[OrderFile]], OrderFile] = object.__new__,
    _s_id: Callable[[OrderFile, Any], None] = OrderFile.__dict__["id"].__set__,
    _s_entity_type: Callable[[OrderFile, Any], None] = OrderFile.__dict__["entity_type"].__set__,
    _s_fname: Callable[[OrderFile, Any], None] = OrderFile.__dict__["fname"].__set__,
    _s_cloud_url: Callable[[OrderFile, Any], None] = OrderFile.__dict__["cloud_url"].__set__,
    _s_size: Callable[[OrderFile, Any], None] = OrderFile.__dict__["size"].__set__,
    _s_url: Callable[[OrderFile, Any], None] = OrderFile.__dict__["url"].__set__,
    _s_miniature_url: Callable[[OrderFile, Any], None] = OrderFile.__dict__["miniature_url"].__set__,
    _s_date: Callable[[OrderFile, Any], None] = OrderFile.__dict__["date"].__set__,
    _s_owner: Callable[[OrderFile, Any], None] = OrderFile.__dict__["owner"].__set__,
    _s_additional_properties: Callable[[OrderFile, Any], None] = OrderFile.__dict__[
        "additional_properties"
    ].__set__,
) -> OrderFile:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
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
    o = _new(OrderFile)
    _s_id(o, f_id)
    _s_entity_type(o, f_entity_type)
    _s_fname(o, f_fname)
    _s_cloud_url(o, f_cloud_url)
    _s_size(o, f_size)
    _s_url(o, f_url)
    _s_miniature_url(o, f_miniature_url)
    _s_date(o, f_date)
    _s_owner(o, f_owner)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


OrderFile._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
