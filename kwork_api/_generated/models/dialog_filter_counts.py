"""DialogFilterCounts: Counters of the dialog list filters.

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
        "unread",
        "archived",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogFilterCounts(KworkModel):
    """Counters of the dialog list filters.

    Attributes:
        unread: Number of dialogs with unread messages.
        archived: Number of archived dialogs.
    """

    unread: int | None = None
    archived: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("unread", "unread", "int | None"),
        ("archived", "archived", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], DialogFilterCounts]]


def _from_wire(
    d: Any,
    where: str = "DialogFilterCounts",
    _new: Callable[[type[DialogFilterCounts]], DialogFilterCounts] = object.__new__,
    _s_unread: Callable[[DialogFilterCounts, Any], None] = DialogFilterCounts.__dict__["unread"].__set__,
    _s_archived: Callable[[DialogFilterCounts, Any], None] = DialogFilterCounts.__dict__["archived"].__set__,
    _s_additional_properties: Callable[[DialogFilterCounts, Any], None] = DialogFilterCounts.__dict__[
        "additional_properties"
    ].__set__,
) -> DialogFilterCounts:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_unread = g("unread")
    if f_unread is not None and f_unread.__class__ is not int:
        f_unread = _c.to_int(f_unread, "DialogFilterCounts.unread")
    f_archived = g("archived")
    if f_archived is not None and f_archived.__class__ is not int:
        f_archived = _c.to_int(f_archived, "DialogFilterCounts.archived")
    o = _new(DialogFilterCounts)
    _s_unread(o, f_unread)
    _s_archived(o, f_archived)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


DialogFilterCounts._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
