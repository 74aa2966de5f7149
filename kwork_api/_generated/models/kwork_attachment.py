"""KworkAttachment: A file attached to a kwork.

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
        "entity_type",
        "fname",
        "url",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkAttachment(KworkModel):
    """A file attached to a kwork.

    Attributes:
        entity_type: Kind of file.
        fname: File name.
        url: Download URL.
    """

    entity_type: str | None = None
    fname: str | None = None
    url: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("entity_type", "entity_type", "str | None"),
        ("fname", "fname", "str | None"),
        ("url", "url", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkAttachment") -> KworkAttachment:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_entity_type = g("entity_type")
        if f_entity_type is not None and f_entity_type.__class__ is not str:
            f_entity_type = _c.to_str(f_entity_type, "KworkAttachment.entity_type")
        f_fname = g("fname")
        if f_fname is not None and f_fname.__class__ is not str:
            f_fname = _c.to_str(f_fname, "KworkAttachment.fname")
        f_url = g("url")
        if f_url is not None and f_url.__class__ is not str:
            f_url = _c.to_str(f_url, "KworkAttachment.url")
        extra = d.keys() - _KNOWN
        return KworkAttachment(
            f_entity_type,
            f_fname,
            f_url,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
