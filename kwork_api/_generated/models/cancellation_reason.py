"""CancellationReason: A reason offered for cancelling an order, with finer subtypes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import cancellation_subreason as _m_cancellation_subreason

if TYPE_CHECKING:
    from .cancellation_subreason import CancellationSubreason

_KNOWN = frozenset(
    {
        "id",
        "title",
        "commentRequired",
        "hide_worker_kwork_by_default",
        "is_arbitrage_popup_available",
        "subtypes",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CancellationReason(KworkModel):
    """A reason offered for cancelling an order, with finer subtypes.

    Attributes:
        id: Reason code; send it as `reason_type` when cancelling.
        title: Reason text.
        comment_required: True when the reason takes a comment. Wire name: `commentRequired`.
        hide_worker_kwork_by_default: True when the app ticks "hide this freelancer's kworks"
            for this reason by default.
        is_arbitrage_popup_available: True when the app suggests arbitration instead of
            cancelling for this reason.
        subtypes: Finer reasons under this one.
    """

    id: str
    title: str | None = None
    comment_required: bool | None = None
    hide_worker_kwork_by_default: bool | None = None
    is_arbitrage_popup_available: bool | None = None
    subtypes: list[CancellationSubreason] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str"),
        ("title", "title", "str | None"),
        ("comment_required", "commentRequired", "bool | None"),
        ("hide_worker_kwork_by_default", "hide_worker_kwork_by_default", "bool | None"),
        ("is_arbitrage_popup_available", "is_arbitrage_popup_available", "bool | None"),
        ("subtypes", "subtypes", "list[CancellationSubreason] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CancellationReason]]


def _from_wire(
    d: Any,
    where: str = "CancellationReason",
    _new: Callable[[type[CancellationReason]], CancellationReason] = object.__new__,
    _s_id: Callable[[CancellationReason, Any], None] = CancellationReason.__dict__["id"].__set__,
    _s_title: Callable[[CancellationReason, Any], None] = CancellationReason.__dict__["title"].__set__,
    _s_comment_required: Callable[[CancellationReason, Any], None] = CancellationReason.__dict__[
        "comment_required"
    ].__set__,
    _s_hide_worker_kwork_by_default: Callable[[CancellationReason, Any], None] = CancellationReason.__dict__[
        "hide_worker_kwork_by_default"
    ].__set__,
    _s_is_arbitrage_popup_available: Callable[[CancellationReason, Any], None] = CancellationReason.__dict__[
        "is_arbitrage_popup_available"
    ].__set__,
    _s_subtypes: Callable[[CancellationReason, Any], None] = CancellationReason.__dict__["subtypes"].__set__,
    _s_additional_properties: Callable[[CancellationReason, Any], None] = CancellationReason.__dict__[
        "additional_properties"
    ].__set__,
) -> CancellationReason:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not str:
        f_id = _c.to_str(f_id, "CancellationReason.id")
        if f_id is None:
            raise _c.missing("CancellationReason.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "CancellationReason.title")
    f_comment_required = g("commentRequired")
    if f_comment_required is not None and f_comment_required.__class__ is not bool:
        f_comment_required = _c.to_bool(f_comment_required, "CancellationReason.comment_required")
    f_hide_worker_kwork_by_default = g("hide_worker_kwork_by_default")
    if f_hide_worker_kwork_by_default is not None and f_hide_worker_kwork_by_default.__class__ is not bool:
        f_hide_worker_kwork_by_default = _c.to_bool(
            f_hide_worker_kwork_by_default, "CancellationReason.hide_worker_kwork_by_default"
        )
    f_is_arbitrage_popup_available = g("is_arbitrage_popup_available")
    if f_is_arbitrage_popup_available is not None and f_is_arbitrage_popup_available.__class__ is not bool:
        f_is_arbitrage_popup_available = _c.to_bool(
            f_is_arbitrage_popup_available, "CancellationReason.is_arbitrage_popup_available"
        )
    f_subtypes = g("subtypes")
    if f_subtypes is not None:
        if f_subtypes.__class__ is list:
            f_subtypes = list(map(_m_cancellation_subreason.CancellationSubreason._from_wire, f_subtypes))
        else:
            f_subtypes = _c.to_list(
                f_subtypes,
                _m_cancellation_subreason.CancellationSubreason._from_wire,
                "CancellationReason.subtypes",
            )
    o = _new(CancellationReason)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_comment_required(o, f_comment_required)
    _s_hide_worker_kwork_by_default(o, f_hide_worker_kwork_by_default)
    _s_is_arbitrage_popup_available(o, f_is_arbitrage_popup_available)
    _s_subtypes(o, f_subtypes)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CancellationReason._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
