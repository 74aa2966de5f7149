"""CoverImage: The profile cover image.

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
        "src",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CoverImage(KworkModel):
    """The profile cover image.

    Attributes:
        src: URL of the cover now shown (the default one after a deletion).
    """

    src: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (("src", "src", "str | None"),)

    @staticmethod
    def _from_wire(d: Any, where: str = "CoverImage") -> CoverImage:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_src = g("src")
        if f_src is not None and f_src.__class__ is not str:
            f_src = _c.to_str(f_src, "CoverImage.src")
        extra = d.keys() - _KNOWN
        return CoverImage(
            f_src,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
