"""ForwardedFile: A file copied with a forwarded message.

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
        "old_file_id",
        "new_file_id",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ForwardedFile(KworkModel):
    """A file copied with a forwarded message.

    Attributes:
        old_file_id: Id of the original file.
        new_file_id: Id of the copy.
    """

    old_file_id: int | None = None
    new_file_id: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("old_file_id", "old_file_id", "int | None"),
        ("new_file_id", "new_file_id", "int | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ForwardedFile") -> ForwardedFile:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_old_file_id = g("old_file_id")
        if f_old_file_id is not None and f_old_file_id.__class__ is not int:
            f_old_file_id = _c.to_int(f_old_file_id, "ForwardedFile.old_file_id")
        f_new_file_id = g("new_file_id")
        if f_new_file_id is not None and f_new_file_id.__class__ is not int:
            f_new_file_id = _c.to_int(f_new_file_id, "ForwardedFile.new_file_id")
        extra = d.keys() - _KNOWN
        return ForwardedFile(
            f_old_file_id,
            f_new_file_id,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
