"""CancellationSubreason: A finer cancellation reason under a main one.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import cancellation_reason_choice as _m_cancellation_reason_choice

if TYPE_CHECKING:
    from .cancellation_reason_choice import CancellationReasonChoice

_KNOWN = frozenset(
    {
        "id",
        "title",
        "commentRequired",
        "hide_worker_kwork_by_default",
        "is_arbitrage_popup_available",
        "is_cancellation_available",
        "subItems",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CancellationSubreason(KworkModel):
    """A finer cancellation reason under a main one.

    Attributes:
        id: Reason code; send it as `reason_type` when cancelling.
        title: Reason text.
        comment_required: True when the reason takes a comment. Wire name: `commentRequired`.
        hide_worker_kwork_by_default: True when the app ticks "hide this freelancer's kworks"
            for this reason by default.
        is_arbitrage_popup_available: True when the app suggests arbitration instead of
            cancelling for this reason.
        is_cancellation_available: True when the order can actually be cancelled with this
            reason.
        sub_items: Further choices that refine the reason. Wire name: `subItems`.
    """

    id: str
    title: str | None = None
    comment_required: bool | None = None
    hide_worker_kwork_by_default: bool | None = None
    is_arbitrage_popup_available: bool | None = None
    is_cancellation_available: bool | None = None
    sub_items: list[CancellationReasonChoice] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str"),
        ("title", "title", "str | None"),
        ("comment_required", "commentRequired", "bool | None"),
        ("hide_worker_kwork_by_default", "hide_worker_kwork_by_default", "bool | None"),
        ("is_arbitrage_popup_available", "is_arbitrage_popup_available", "bool | None"),
        ("is_cancellation_available", "is_cancellation_available", "bool | None"),
        ("sub_items", "subItems", "list[CancellationReasonChoice] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CancellationSubreason]]


def _from_wire(
    d: Any,
    where: str = "CancellationSubreason",
    _new: Callable[[type[CancellationSubreason]], CancellationSubreason] = object.__new__,
    _s_id: Callable[[CancellationSubreason, Any], None] = CancellationSubreason.__dict__["id"].__set__,
    _s_title: Callable[[CancellationSubreason, Any], None] = CancellationSubreason.__dict__["title"].__set__,
    _s_comment_required: Callable[[CancellationSubreason, Any], None] = CancellationSubreason.__dict__[
        "comment_required"
    ].__set__,
    _s_hide_worker_kwork_by_default: Callable[
        [CancellationSubreason, Any], None
    ] = CancellationSubreason.__dict__["hide_worker_kwork_by_default"].__set__,
    _s_is_arbitrage_popup_available: Callable[
        [CancellationSubreason, Any], None
    ] = CancellationSubreason.__dict__["is_arbitrage_popup_available"].__set__,
    _s_is_cancellation_available: Callable[
        [CancellationSubreason, Any], None
    ] = CancellationSubreason.__dict__["is_cancellation_available"].__set__,
    _s_sub_items: Callable[[CancellationSubreason, Any], None] = CancellationSubreason.__dict__[
        "sub_items"
    ].__set__,
    _s_additional_properties: Callable[[CancellationSubreason, Any], None] = CancellationSubreason.__dict__[
        "additional_properties"
    ].__set__,
) -> CancellationSubreason:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not str:
        f_id = _c.to_str(f_id, "CancellationSubreason.id")
        if f_id is None:
            raise _c.missing("CancellationSubreason.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "CancellationSubreason.title")
    f_comment_required = g("commentRequired")
    if f_comment_required is not None and f_comment_required.__class__ is not bool:
        f_comment_required = _c.to_bool(f_comment_required, "CancellationSubreason.comment_required")
    f_hide_worker_kwork_by_default = g("hide_worker_kwork_by_default")
    if f_hide_worker_kwork_by_default is not None and f_hide_worker_kwork_by_default.__class__ is not bool:
        f_hide_worker_kwork_by_default = _c.to_bool(
            f_hide_worker_kwork_by_default, "CancellationSubreason.hide_worker_kwork_by_default"
        )
    f_is_arbitrage_popup_available = g("is_arbitrage_popup_available")
    if f_is_arbitrage_popup_available is not None and f_is_arbitrage_popup_available.__class__ is not bool:
        f_is_arbitrage_popup_available = _c.to_bool(
            f_is_arbitrage_popup_available, "CancellationSubreason.is_arbitrage_popup_available"
        )
    f_is_cancellation_available = g("is_cancellation_available")
    if f_is_cancellation_available is not None and f_is_cancellation_available.__class__ is not bool:
        f_is_cancellation_available = _c.to_bool(
            f_is_cancellation_available, "CancellationSubreason.is_cancellation_available"
        )
    f_sub_items = g("subItems")
    if f_sub_items is not None:
        if f_sub_items.__class__ is list:
            f_sub_items = list(
                map(_m_cancellation_reason_choice.CancellationReasonChoice._from_wire, f_sub_items)
            )
        else:
            f_sub_items = _c.to_list(
                f_sub_items,
                _m_cancellation_reason_choice.CancellationReasonChoice._from_wire,
                "CancellationSubreason.sub_items",
            )
    o = _new(CancellationSubreason)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_comment_required(o, f_comment_required)
    _s_hide_worker_kwork_by_default(o, f_hide_worker_kwork_by_default)
    _s_is_arbitrage_popup_available(o, f_is_arbitrage_popup_available)
    _s_is_cancellation_available(o, f_is_cancellation_available)
    _s_sub_items(o, f_sub_items)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CancellationSubreason._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
