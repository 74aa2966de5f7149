"""DialogOrder: An order between the two users of a dialog, as labelled in the dialog.

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
        "color",
        "worker_id",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class DialogOrder(KworkModel):
    """An order between the two users of a dialog, as labelled in the dialog.

    Attributes:
        id: Order id.
        title: Order title.
        color: Colour index the app uses to tell orders apart.
        worker_id: User id of the seller.
    """

    id: int
    title: str | None = None
    color: int | None = None
    worker_id: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("color", "color", "int | None"),
        ("worker_id", "worker_id", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], DialogOrder]]


def _from_wire(
    d: Any,
    where: str = "DialogOrder",
    _new: Callable[[type[DialogOrder]], DialogOrder] = object.__new__,
    _s_id: Callable[[DialogOrder, Any], None] = DialogOrder.__dict__["id"].__set__,
    _s_title: Callable[[DialogOrder, Any], None] = DialogOrder.__dict__["title"].__set__,
    _s_color: Callable[[DialogOrder, Any], None] = DialogOrder.__dict__["color"].__set__,
    _s_worker_id: Callable[[DialogOrder, Any], None] = DialogOrder.__dict__["worker_id"].__set__,
    _s_additional_properties: Callable[[DialogOrder, Any], None] = DialogOrder.__dict__[
        "additional_properties"
    ].__set__,
) -> DialogOrder:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "DialogOrder.id")
        if f_id is None:
            raise _c.missing("DialogOrder.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "DialogOrder.title")
    f_color = g("color")
    if f_color is not None and f_color.__class__ is not int:
        f_color = _c.to_int(f_color, "DialogOrder.color")
    f_worker_id = g("worker_id")
    if f_worker_id is not None and f_worker_id.__class__ is not int:
        f_worker_id = _c.to_int(f_worker_id, "DialogOrder.worker_id")
    o = _new(DialogOrder)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_color(o, f_color)
    _s_worker_id(o, f_worker_id)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


DialogOrder._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
